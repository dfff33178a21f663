import Foundation

/// File-system steps of the inbox: unique destinations, atomic writes, moves that never overwrite.
package enum FileMoves {
    /// `folder/name`, or `folder/stem-2.ext`, `-3` … when that name is taken.
    package static func uniqueDestination(in folder: URL, name: String) -> URL {
        let manager = FileManager.default
        var candidate = folder.appendingPathComponent(name)
        let stem = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        var counter = 2
        while manager.fileExists(atPath: candidate.path) || isSymlink(candidate) {
            candidate = folder.appendingPathComponent(ext.isEmpty ? "\(stem)-\(counter)" : "\(stem)-\(counter).\(ext)")
            counter += 1
        }
        return candidate
    }

    /// Moves `source` to `destination`, creating folders; never replaces an existing file.
    package static func move(_ source: URL, to destination: URL) throws {
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: source, to: destination)
    }

    /// Writes `data` to `url` through a temporary file and a rename, so readers never see half a file.
    package static func writeAtomically(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A short hidden name whatever the target's length (a 255-byte name has no room for more).
        let temporary = folder.appendingPathComponent(".goalpost-\(UUID().uuidString).tmp")
        try data.write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, "errno": code])
        }
    }

    /// True when `url` itself is a symbolic link.
    package static func isSymlink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
