/// The one mapping from a region name to the folder that holds its digests and archived files.
///
/// The name stays one path component whatever the region holds: `/`, `\`, `:` and control
/// characters become `_`, a leading dot is prefixed with `_` (never `.`, `..` or a hidden
/// folder), and a name longer than ``maxBytes`` UTF-8 bytes is cut at a character boundary and
/// ends with `~` and 8 hex digits of its SHA-256, so two long regions never share a folder and
/// every file name under it still fits the file system's 255-byte limit.
package enum RegionFolder {
    /// Longest folder name in UTF-8 bytes (file systems allow 255 per component).
    package static let maxBytes = 120

    /// The folder name of `region`.
    package static func name(_ region: String) -> String {
        SafeName.component(region, maxBytes: maxBytes, identity: Array(region.utf8))
    }

    /// True when `region` can name a region: something other than whitespace and dots.
    package static func isUsable(_ region: String) -> Bool {
        region.contains { !$0.isWhitespace && $0 != "." }
    }
}
