import Foundation

/// Checks and normalises the bytes of an XML part before Foundation's `XMLParser` sees them.
///
/// FoundationXML traps on element and attribute names that are not UTF-8 (libxml2 passes such
/// names through), so a part must be well-formed UTF-8 without NUL bytes; a part in UTF-16
/// with a byte order mark is converted to UTF-8 first. The XML declaration is dropped, so the
/// parser reads UTF-8 whatever encoding the part declares.
enum XMLBytes {
    /// `data` as UTF-8 without BOM or XML declaration; throws ``ReadError/malformedXML(file:part:reason:)``.
    static func prepared(_ data: Data, part: String, file: String) throws -> Data {
        var bytes = data
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let converted = utf8(fromUTF16: bytes) else {
                throw ReadError.malformedXML(file: file, part: part, reason: "invalid UTF-16")
            }
            bytes = converted
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = Data(bytes.dropFirst(3))
        }
        if let (offset, problem) = firstProblem(in: bytes) {
            throw ReadError.malformedXML(file: file, part: part, reason: "\(problem) at byte \(offset + 1)")
        }
        return withoutDeclaration(bytes)
    }

    /// The offset and kind of the first byte sequence that is not UTF-8 or is NUL.
    private static func firstProblem(in data: Data) -> (Int, String)? {
        data.withUnsafeBytes { buffer -> (Int, String)? in
            var iterator = buffer.makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            var offset = 0
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded):
                    if encoded.count == 1 && encoded.first == 0 { return (offset, "a NUL byte") }
                    offset += encoded.count
                case .error:
                    return (offset, "invalid UTF-8")
                case .emptyInput:
                    return nil
                }
            }
        }
    }

    /// UTF-8 for UTF-16 bytes starting with a BOM; nil on an odd length or unpaired surrogate.
    private static func utf8(fromUTF16 data: Data) -> Data? {
        let bytes = Array(data.dropFirst(2))
        guard bytes.count % 2 == 0 else { return nil }
        let littleEndian = data.first == 0xFF
        let units = stride(from: 0, to: bytes.count, by: 2).lazy.map { index -> UInt16 in
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) {
            result.append($0)
        }
        return failed ? nil : Data(result)
    }

    /// `data` without a leading `<?xml …?>` declaration.
    private static func withoutDeclaration(_ data: Data) -> Data {
        let opening = Array("<?xml".utf8)
        guard data.starts(with: opening), data.count > opening.count,
            let next = data.dropFirst(opening.count).first, next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D
        else { return data }
        guard let close = data.range(of: Data("?>".utf8)) else { return data }
        return Data(data[close.upperBound...])
    }
}
