extension ZipEntry {
    private static let localHeaderSize = 30

    /// The uncompressed bytes of this entry of `archive`, checked against its size and CRC-32.
    ///
    /// Throws ``ZipFault/overBudget`` when they would pass `budget` bytes, else
    /// ``ZipFault/damaged(reason:)`` for data that does not fit, inflate or match.
    func contents(in archive: ZipBytes, budget: Int) throws(ZipFault) -> [UInt8] {
        let stored = try storedBytes(in: archive)
        let bytes: [UInt8]
        switch method {
        case 0:
            if stored.count > budget { throw .overBudget }
            bytes = Array(stored)
        case 8:
            bytes = try ZipInflater.inflate(stored, budget: budget)
        default:
            throw .damaged(reason: "compression method \(method) is neither stored nor deflate")
        }
        guard bytes.count == uncompressedSize else {
            throw .damaged(reason: "it holds \(bytes.count) bytes, not the \(uncompressedSize) its directory entry declares")
        }
        // A flipped bit in a stored or deflated part must not reach the XML parser.
        guard ZipInflater.checksum(bytes) == checksum else {
            throw .damaged(reason: "its CRC-32 checksum does not match")
        }
        return bytes
    }

    /// The `compressedSize` bytes after the local header (whose name and extra field are skipped).
    private func storedBytes(in archive: ZipBytes) throws(ZipFault) -> ArraySlice<UInt8> {
        guard archive.hasSignature(ZipDirectory.localSignature, at: localOffset),
            let nameLength = archive.uint(at: localOffset + 26, width: 2),
            let extraLength = archive.uint(at: localOffset + 28, width: 2),
            let start = ZipBytes.sum(localOffset, Self.localHeaderSize, nameLength, extraLength),
            let range = archive.range(at: start, length: compressedSize)
        else { throw .damaged(reason: "its data runs past the end of the archive") }
        return archive.bytes[range]
    }
}
