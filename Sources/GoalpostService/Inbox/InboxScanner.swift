import Foundation

/// Lists the files waiting in the inbox, oldest first, skipping ignored names and hidden folders.
package struct InboxScanner: Sendable {
    package let inbox: URL

    package init(inbox: URL) {
        self.inbox = inbox
    }

    /// Candidate files (regular files and symbolic links) in arrival order: modification time, then path.
    package func candidates() -> [URL] {
        var found: [(URL, Double)] = []
        collect(inbox, into: &found, depth: 0)
        return found.sorted { $0.1 == $1.1 ? $0.0.path < $1.0.path : $0.1 < $1.1 }.map(\.0)
    }

    private func collect(_ folder: URL, into found: inout [(URL, Double)], depth: Int) {
        guard depth < 16, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            let url = folder.appendingPathComponent(name)
            var info = stat()
            guard lstat(url.path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR where !IgnoredNames.default.isIgnored(directoryName: name):
                collect(url, into: &found, depth: depth + 1)
            case S_IFREG, S_IFLNK:
                if IgnoredNames.default.isIgnored(fileName: name) { continue }
                found.append((url, Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9))
            default: continue
            }
        }
    }

    /// Number of files waiting.
    package func count() -> Int { candidates().count }

    /// `url`'s path relative to the inbox, or nil when it is outside.
    package func relativePath(of url: URL) -> String? {
        let root = inbox.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : nil
    }
}
