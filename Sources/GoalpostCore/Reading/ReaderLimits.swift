/// Resource limits every reader enforces, so one hostile or broken file cannot exhaust the machine.
package struct ReaderLimits: Sendable, Equatable {
    /// Largest file accepted, in bytes (the daemon's configuration sets it; default 50 MB).
    package var maxFileBytes: Int
    /// Largest total uncompressed size of the parts read from a .docx/.xlsx archive (zip-bomb guard).
    package var maxUncompressedBytes: Int

    package init(maxFileBytes: Int = 50 * 1_048_576, maxUncompressedBytes: Int = 256 * 1_048_576) {
        self.maxFileBytes = maxFileBytes
        self.maxUncompressedBytes = maxUncompressedBytes
    }

    /// 50 MB per file, 256 MB unpacked.
    package static let `default` = ReaderLimits()

    /// `bytes` as a short human figure ("61.2 MB", "900 KB").
    package static func describe(_ bytes: Int) -> String {
        if bytes >= 1_048_576 {
            let tenths = (bytes * 10 + 524_288) / 1_048_576
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
        return "\((bytes + 512) / 1024) KB"
    }
}
