/// File names the inbox never takes: hidden files, office lock and temp files, our own sidecars.
package enum IgnoredNames {
    static let prefixes = ["~$", ".~lock.", "~WRL", "."]
    static let suffixes = [".tmp", ".part", ".crdownload", ".swp", ".error.txt"]

    /// True when a file called `fileName` should be left alone.
    package static func isIgnored(fileName: String) -> Bool {
        prefixes.contains { fileName.hasPrefix($0) } || suffixes.contains { fileName.lowercased().hasSuffix($0) }
    }
}
