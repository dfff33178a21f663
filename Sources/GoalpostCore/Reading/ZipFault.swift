/// Why the ZIP reader refused an archive or one of its entries; ``OfficeArchive`` turns it into a ``ReadError``.
enum ZipFault: Error, Equatable {
    /// No end-of-central-directory record, or a central directory that does not fit the bytes.
    case notAnArchive
    /// The archive uses ZIP64 fields (0xFFFFFFFF or 0xFFFF markers).
    case zip64
    /// The entry's bytes do not fit the archive, do not inflate, or do not match their size or CRC-32.
    case damaged(reason: String)
    /// Inflating the entry would pass the bytes left under the archive's uncompressed limit.
    case overBudget
}
