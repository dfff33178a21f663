/// The central directory of a ZIP archive: its entries by name, every offset checked against the bytes.
///
/// Only what a .docx/.xlsx needs is read: no ZIP64 (refused), no encryption, no multi-disk
/// archives. An entry whose local header is not where the directory says is left out, so it
/// reads as a missing part.
struct ZipDirectory {
    private static let endSignature = 0x0605_4B50
    private static let entrySignature = 0x0201_4B50
    static let localSignature = 0x0403_4B50
    private static let endRecordSize = 22
    private static let entryRecordSize = 46
    /// The ZIP64 marker in a 32-bit size or offset field.
    private static let marker32 = 0xFFFF_FFFF

    /// The entries in directory order; of two entries with one name, the first is kept.
    let entries: [ZipEntry]
    private let index: [String: Int]

    /// Reads the directory of `bytes`; throws ``ZipFault/notAnArchive`` or ``ZipFault/zip64``.
    init(_ bytes: ZipBytes) throws(ZipFault) {
        let end = try Self.endRecord(in: bytes)
        guard let count = bytes.uint(at: end + 10, width: 2), let size = bytes.uint(at: end + 12, width: 4),
            let start = bytes.uint(at: end + 16, width: 4)
        else { throw .notAnArchive }
        if count == 0xFFFF || size == Self.marker32 || start == Self.marker32 { throw .zip64 }
        guard let stop = ZipBytes.sum(start, size), stop <= end else { throw .notAnArchive }
        var entries: [ZipEntry] = []
        var index: [String: Int] = [:]
        var offset = start
        for _ in 0..<count {
            let (entry, next) = try Self.entry(at: offset, before: stop, in: bytes)
            offset = next
            guard Self.hasLocalHeader(entry, in: bytes), index[entry.name] == nil else { continue }
            index[entry.name] = entries.count
            entries.append(entry)
        }
        self.entries = entries
        self.index = index
    }

    /// The entry named `name`, if any.
    subscript(name: String) -> ZipEntry? {
        index[name].map { entries[$0] }
    }

    /// The offset of the end-of-central-directory record, searched back over at most a maximal comment.
    private static func endRecord(in bytes: ZipBytes) throws(ZipFault) -> Int {
        let last = bytes.count - endRecordSize
        guard last >= 0 else { throw .notAnArchive }
        let first = max(0, last - 0xFFFF)
        for offset in stride(from: last, through: first, by: -1) where bytes.hasSignature(endSignature, at: offset) {
            return offset
        }
        throw .notAnArchive
    }

    /// The directory record at `offset`, which must end by `stop`, and the offset of the next one.
    private static func entry(at offset: Int, before stop: Int, in bytes: ZipBytes) throws(ZipFault) -> (ZipEntry, Int) {
        guard bytes.hasSignature(entrySignature, at: offset),
            let method = bytes.uint(at: offset + 10, width: 2), let checksum = bytes.uint(at: offset + 16, width: 4),
            let compressed = bytes.uint(at: offset + 20, width: 4), let size = bytes.uint(at: offset + 24, width: 4),
            let nameLength = bytes.uint(at: offset + 28, width: 2), let extraLength = bytes.uint(at: offset + 30, width: 2),
            let commentLength = bytes.uint(at: offset + 32, width: 2), let local = bytes.uint(at: offset + 42, width: 4),
            let next = ZipBytes.sum(offset, entryRecordSize, nameLength, extraLength, commentLength), next <= stop,
            let nameRange = bytes.range(at: offset + entryRecordSize, length: nameLength)
        else { throw .notAnArchive }
        if compressed == marker32 || size == marker32 || local == marker32 { throw .zip64 }
        let name = String(decoding: bytes.bytes[nameRange], as: UTF8.self)
        let entry = ZipEntry(
            name: name, method: method, checksum: UInt32(truncatingIfNeeded: checksum),
            compressedSize: compressed, uncompressedSize: size, localOffset: local)
        return (entry, next)
    }

    /// True when a local header starts where `entry` says.
    private static func hasLocalHeader(_ entry: ZipEntry, in bytes: ZipBytes) -> Bool {
        bytes.hasSignature(localSignature, at: entry.localOffset)
    }
}
