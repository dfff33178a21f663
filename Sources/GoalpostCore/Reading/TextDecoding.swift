import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Turns the bytes of a text capture into a string: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
package enum TextDecoding {
    /// Decodes `bytes`, or throws a ``ReadError`` naming `file`.
    package static func decode(_ bytes: [UInt8], file: String) throws -> String {
        if bytes.isEmpty || bytes.allSatisfy(isBlank) { throw ReadError.empty(file: file) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw ReadError.undecodable(file: file)
            }
            return text
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes, file: file)
        }
        if looksBinary(bytes) { throw ReadError.binary(file: file) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = utf8CutMidCharacter(bytes) { return text }
        if let text = iconvDecode(bytes, from: "GB18030") { return text }
        throw ReadError.undecodable(file: file)
    }

    /// UTF-8 text whose last character was cut by a truncated capture, without that partial character.
    private static func utf8CutMidCharacter(_ bytes: [UInt8]) -> String? {
        guard let lead = bytes.suffix(3).lastIndex(where: { $0 >= 0xC0 }) else { return nil }
        let needed = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
        guard bytes.count - lead < needed else { return nil }
        return String(validating: bytes[..<lead], as: UTF8.self)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// NUL bytes or many control characters mean the file is not text in any encoding we accept.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        let controls = sample.filter { $0 < 0x20 && !isBlank($0) && $0 != 0x0C }.count
        return controls * 20 > sample.count
    }

    private static func decodeUTF16(_ bytes: [UInt8], file: String) throws -> String {
        let littleEndian = bytes[0] == 0xFF
        let body = Array(bytes.dropFirst(2))
        guard body.count % 2 == 0 else { throw ReadError.undecodable(file: file) }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        for index in stride(from: 0, to: body.count, by: 2) {
            let (low, high) = littleEndian ? (body[index], body[index + 1]) : (body[index + 1], body[index])
            units.append(UInt16(high) << 8 | UInt16(low))
        }
        var text = ""
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF32.self, stoppingOnError: true) { scalar in
            if let value = Unicode.Scalar(scalar) { text.unicodeScalars.append(value) }
        }
        if failed { throw ReadError.undecodable(file: file) }
        return text
    }

    /// Decodes through glibc's iconv; nil when the bytes are not valid in `encoding`.
    static func iconvDecode(_ bytes: [UInt8], from encoding: String) -> String? {
        iconv(bytes, from: encoding, to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// Converts `bytes` between encodings with glibc's iconv; nil on any invalid or incomplete input.
    static func iconv(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let converter = iconv_open(target, source)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outBuffer.count - outLeft
            }
        }
        return written.map { output[..<$0].map { UInt8(bitPattern: $0) } }
    }
}
