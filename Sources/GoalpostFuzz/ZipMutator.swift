/// Mutations of a ZIP archive's structure: header fields (CRC, sizes, offsets, name lengths,
/// methods, flags, entry counts), truncation inside or between members, and names.
package enum ZipMutator {
    /// A header field: its offset from the record's signature and its width in bytes.
    struct Field {
        var name: String
        var offset: Int
        var width: Int
    }

    static let localHeader: (signature: [UInt8], fields: [Field]) = ([0x50, 0x4B, 0x03, 0x04], [
        Field(name: "local.flags", offset: 6, width: 2), Field(name: "local.method", offset: 8, width: 2),
        Field(name: "local.crc", offset: 14, width: 4), Field(name: "local.compressed", offset: 18, width: 4),
        Field(name: "local.size", offset: 22, width: 4), Field(name: "local.nameLength", offset: 26, width: 2),
        Field(name: "local.extraLength", offset: 28, width: 2),
    ])
    static let centralHeader: (signature: [UInt8], fields: [Field]) = ([0x50, 0x4B, 0x01, 0x02], [
        Field(name: "central.flags", offset: 8, width: 2), Field(name: "central.method", offset: 10, width: 2),
        Field(name: "central.crc", offset: 16, width: 4), Field(name: "central.compressed", offset: 20, width: 4),
        Field(name: "central.size", offset: 24, width: 4), Field(name: "central.nameLength", offset: 28, width: 2),
        Field(name: "central.extraLength", offset: 30, width: 2), Field(name: "central.commentLength", offset: 32, width: 2),
        Field(name: "central.externalAttributes", offset: 38, width: 4), Field(name: "central.localOffset", offset: 42, width: 4),
    ])
    static let endRecord: (signature: [UInt8], fields: [Field]) = ([0x50, 0x4B, 0x05, 0x06], [
        Field(name: "end.disk", offset: 4, width: 2), Field(name: "end.entriesHere", offset: 8, width: 2),
        Field(name: "end.entries", offset: 10, width: 2), Field(name: "end.directorySize", offset: 12, width: 4),
        Field(name: "end.directoryOffset", offset: 16, width: 4), Field(name: "end.commentLength", offset: 20, width: 2),
    ])

    /// Applies one random structural mutation to the archive `bytes`; returns its name.
    @discardableResult
    package static func mutate(_ bytes: inout [UInt8], using random: inout FuzzRandom) -> String {
        switch random.below(10) {
        case 0..<6:
            let record = random.pick([localHeader, centralHeader, centralHeader, endRecord])
            return setField(&bytes, record: record, using: &random)
        case 6:
            let starts = XMLMutator.occurrences(of: localHeader.signature, in: bytes).map { $0 - 4 }
                + XMLMutator.occurrences(of: centralHeader.signature, in: bytes).map { $0 - 4 }
            let at = starts.isEmpty ? random.below(bytes.count + 1) : random.pick(starts) + random.below(64)
            bytes.removeSubrange(min(at, bytes.count)...)
            return "zip:truncate@\(at)"
        case 7:
            let at = random.below(bytes.count + 1)
            let count = min(random.size(upTo: 512), bytes.count - at)
            bytes.removeSubrange(at..<at + count)
            return "zip:cut\(count)@\(at)"
        case 8:
            let name = Array(random.pick(["../../evil.xml", "word/document.xml", "xl/workbook.xml", "\u{0}", "/abs", "a\\b"]).utf8)
            let records = XMLMutator.occurrences(of: centralHeader.signature, in: bytes).map { $0 - 4 }
            guard let record = records.isEmpty ? nil : random.pick(records), record + 46 < bytes.count else { return "zip:name-none" }
            let length = Int(read(bytes, at: record + 28, width: 2))
            let end = min(bytes.count, record + 46 + length)
            bytes.replaceSubrange(record + 46..<end, with: name.prefix(end - record - 46) + Array(repeating: 0x41, count: max(0, end - record - 46 - name.count)))
            return "zip:name(\(String(decoding: name, as: UTF8.self).debugDescription))@\(record)"
        default:
            let at = random.below(bytes.count + 1)
            bytes.insert(contentsOf: random.pick([localHeader.signature, centralHeader.signature, endRecord.signature]), at: at)
            return "zip:stray-signature@\(at)"
        }
    }

    private static func setField(_ bytes: inout [UInt8], record: (signature: [UInt8], fields: [Field]), using random: inout FuzzRandom) -> String {
        let starts = XMLMutator.occurrences(of: record.signature, in: bytes).map { $0 - 4 }
        let field = random.pick(record.fields)
        guard !starts.isEmpty else { return "zip:\(field.name)-absent" }
        let start = random.pick(starts)
        guard start + field.offset + field.width <= bytes.count else { return "zip:\(field.name)-short" }
        let old = read(bytes, at: start + field.offset, width: field.width)
        let max = field.width == 2 ? UInt64(0xFFFF) : UInt64(0xFFFF_FFFF)
        let value = random.pick([0, 1, max, max >> 1, max >> 1 + 1, old &+ 1, old &- 1, old << 1, old >> 1, random.next(), 8, 12, 99, 0x0809])
        write(&bytes, value & max, at: start + field.offset, width: field.width)
        return "zip:\(field.name)=\(value & max)@\(start)"
    }

    static func read(_ bytes: [UInt8], at offset: Int, width: Int) -> UInt64 {
        (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    private static func write(_ bytes: inout [UInt8], _ value: UInt64, at offset: Int, width: Int) {
        for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(index))) }
    }
}
