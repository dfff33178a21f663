/// File names a watcher never reports: hidden files, office lock and temporary files, partial
/// downloads, editor swap files and the daemon's own sidecars.
///
/// Patterns are shell-style globs where `*` matches any run of characters (no other wildcards),
/// compared case-insensitively against the last path component.
package struct IgnoredNames: Sendable, Equatable {
    /// The glob patterns, e.g. `~$*` or `*.part`.
    package var patterns: [String]

    /// Creates a rule set from glob patterns.
    package init(patterns: [String]) {
        self.patterns = patterns
    }

    /// The default rules.
    package static let `default` = IgnoredNames(patterns: [
        ".*",             // hidden files
        "~$*",            // Microsoft Office owner files
        ".~lock.*#",      // LibreOffice locks
        "~WRL*.tmp",      // Word temporary copies
        ".~*",            // WPS Office temporary files
        "*.tmp",
        "*.part",         // Firefox, wget, rsync partial downloads
        "*.crdownload",   // Chrome partial downloads
        "*.swp",          // vim swap files
        "*.error.txt",    // the daemon's failure sidecars
    ])

    /// Whether a file with this name (last path component) is ignored.
    package func isIgnored(fileName: String) -> Bool {
        let name = Array(fileName.lowercased())
        return patterns.contains { Self.matches(Array($0.lowercased()), name) }
    }

    /// Whether the watchers skip a directory with this name: hidden directories only.
    package func isIgnored(directoryName: String) -> Bool {
        directoryName.hasPrefix(".")
    }

    /// Glob match with `*` as the only wildcard (iterative, with backtracking to the last star).
    private static func matches(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0, n = 0
        var star: Int? = nil, resume = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = n
                p += 1
            } else if p < pattern.count, pattern[p] == name[n] {
                p += 1
                n += 1
            } else if let s = star {
                p = s + 1
                resume += 1
                n = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
