#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size and modification time of a regular file, compared across looks by the polling watcher.
package struct FileSignature: Sendable, Equatable {
    /// Size in bytes.
    package var size: Int64
    /// Modification time, whole seconds since the epoch.
    package var modifiedSeconds: Int
    /// Modification time, nanoseconds within the second.
    package var modifiedNanoseconds: Int

    /// Creates a signature.
    package init(size: Int64, modifiedSeconds: Int, modifiedNanoseconds: Int = 0) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
    }
}

/// Lists folders with `opendir`/`lstat`, on the watcher threads (it blocks, which is fine there).
///
/// Symbolic links are not followed; ignored names and hidden directories are skipped.
enum DirectoryWalker {
    /// The entries of one directory, as full paths.
    struct Entries {
        /// Regular files not ignored, with their signatures.
        var files: [(path: String, signature: FileSignature)] = []
        /// Sub-directories not ignored.
        var directories: [String] = []
    }

    /// Lists one directory without descending.
    static func entries(of directory: String, ignored: IgnoredNames) throws(WatchError) -> Entries {
        guard let handle = opendir(directory) else {
            throw .cannotOpenFolder(path: directory, reason: WatchError.describe(errno: errno))
        }
        defer { closedir(handle) }
        var result = Entries()
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let path = directory == "/" ? "/" + name : directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }  // vanished meanwhile
            switch info.st_mode & S_IFMT {
            case S_IFDIR where !ignored.isIgnored(directoryName: name):
                result.directories.append(path)
            case S_IFREG where !ignored.isIgnored(fileName: name):
                result.files.append((path, signature(of: info)))
            default:
                continue
            }
        }
        return result
    }

    /// Lists every regular file under `root`; unreadable sub-folders are skipped, an unreadable root throws.
    static func files(under root: String, ignored: IgnoredNames) throws(WatchError) -> [String: FileSignature] {
        var files: [String: FileSignature] = [:]
        var stack = [root]
        var isRoot = true
        while let directory = stack.popLast() {
            let entries: Entries
            do {
                entries = try Self.entries(of: directory, ignored: ignored)
            } catch {
                if isRoot { throw error }
                continue
            }
            isRoot = false
            for file in entries.files { files[file.path] = file.signature }
            stack += entries.directories
        }
        return files
    }

    /// Whether `path` is a directory (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether `path` itself is a symbolic link.
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    private static func signature(of info: stat) -> FileSignature {
        FileSignature(
            size: Int64(info.st_size),
            modifiedSeconds: Int(info.st_mtim.tv_sec),
            modifiedNanoseconds: Int(info.st_mtim.tv_nsec)
        )
    }
}
