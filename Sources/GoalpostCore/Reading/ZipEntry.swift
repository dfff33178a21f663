/// One file of a ZIP archive as its central directory describes it.
struct ZipEntry: Equatable {
    /// The path inside the archive ("word/document.xml").
    var name: String
    /// The compression method: 0 stored, 8 deflate; others are refused when read.
    var method: Int
    /// The CRC-32 of the uncompressed bytes.
    var checksum: UInt32
    /// The size of the bytes stored in the archive.
    var compressedSize: Int
    /// The size of the bytes once inflated.
    var uncompressedSize: Int
    /// Where the entry's local header starts.
    var localOffset: Int
}
