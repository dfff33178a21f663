/// Resource limits every reader enforces, so one hostile or broken file cannot exhaust the machine.
package struct ReaderLimits: Sendable, Equatable {
    /// Largest file accepted, in bytes (the daemon's configuration sets it; default 50 MB).
    package var maxFileBytes: Int
    /// Largest total uncompressed size of the parts read from a .docx/.xlsx archive (zip-bomb guard).
    package var maxUncompressedBytes: Int
    /// Most rows one table may have (default 100,000; real progress tables have a few hundred).
    package var maxRows: Int
    /// Most columns one table may have (default 1,000, the largest `colspan` browsers honour).
    package var maxColumns: Int
    /// Most cells the grids of one file may hold together, counted as rows × widest row for
    /// tables padded to a rectangle (default 4,000,000: twice a 20,000 × 100 table).
    package var maxCells: Int

    package init(
        maxFileBytes: Int = 50 * 1_048_576, maxUncompressedBytes: Int = 256 * 1_048_576,
        maxRows: Int = 100_000, maxColumns: Int = 1_000, maxCells: Int = 4_000_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxCells = maxCells
    }

    /// 50 MB per file, 256 MB unpacked, 100,000 rows, 1,000 columns, 4,000,000 cells.
    package static let `default` = ReaderLimits()

    /// `bytes` as a short human figure ("61.2 MB", "900 KB").
    package static func describe(_ bytes: Int) -> String {
        let megabyte = 1_048_576
        if bytes >= megabyte {
            // Whole megabytes and the remainder apart, so no product can overflow.
            var (whole, tenths) = (bytes / megabyte, ((bytes % megabyte) * 10 + megabyte / 2) / megabyte)
            if tenths == 10 { (whole, tenths) = (whole + 1, 0) }
            return tenths == 0 ? "\(whole) MB" : "\(whole).\(tenths) MB"
        }
        return "\((bytes + 512) / 1024) KB"
    }
}
