import Foundation
import GoalpostCore

#if canImport(Glibc)
import Glibc
#endif

/// A path as the file system's bytes, so a file whose name is not valid UTF-8 can still be found,
/// claimed and named in messages (Foundation's `URL` and `String` paths cannot hold such names).
package struct RawPath: Sendable, Hashable {
    /// The path's bytes, without a terminating NUL.
    package var bytes: [UInt8]

    package init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    package init(_ url: URL) {
        bytes = Array(url.path.utf8)
    }

    package init(_ path: String) {
        bytes = Array(path.utf8)
    }

    /// This path followed by `/` and `name`.
    package func appending(_ name: [UInt8]) -> RawPath {
        RawPath(bytes: bytes + [0x2F] + name)
    }

    /// The last component's bytes.
    package var lastComponent: [UInt8] {
        guard let slash = bytes.lastIndex(of: 0x2F) else { return bytes }
        return Array(bytes[(slash + 1)...])
    }

    /// The path for messages: invalid UTF-8 bytes written `%XX`.
    package var display: String { SafeName.text(of: bytes) }

    /// The path as a URL; only exact when the bytes are valid UTF-8 (claim paths always are).
    package var url: URL { URL(fileURLWithPath: display) }

    /// Calls `body` with the path as a NUL-terminated C string.
    package func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        let terminated = bytes + [0]
        return try terminated.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { chars in
                // A buffer of at least one element always has a base address.
                guard let base = chars.baseAddress else { return try "".withCString(body) }
                return try body(base)
            }
        }
    }

    /// What `lstat` says about the entry (links not followed), nil when it is gone.
    package func identity() -> FileIdentity? {
        var info = stat()
        guard withCString({ lstat($0, &info) }) == 0 else { return nil }
        return FileIdentity(info)
    }

    /// The entry names in this folder, nil when it cannot be listed.
    package func entries() -> [[UInt8]]? {
        guard let directory = withCString({ opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// Renames this entry to `destination` (same file system); the errno on failure.
    package func rename(to destination: RawPath) -> Int32? {
        let result = withCString { source in destination.withCString { Glibc.rename(source, $0) } }
        return result == 0 ? nil : errno
    }
}

/// The facts that tell whether a file changed: size, modification time, inode and kind.
package struct FileIdentity: Sendable, Equatable, Codable {
    package var size: Int64
    /// Modification time in nanoseconds since 1970.
    package var modified: Int64
    package var inode: UInt64
    package var device: UInt64
    package var kind: Kind

    package enum Kind: String, Sendable, Codable {
        case regular, symbolicLink, directory, other
    }

    package init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFLNK: kind = .symbolicLink
        case S_IFDIR: kind = .directory
        default: kind = .other
        }
    }

    /// Seconds since the last modification at `now`. A time more than a second in the future
    /// (another machine's clock on a shared folder, `touch -d`) says nothing about recent writes:
    /// such a file counts as long still, else it would wait until the clock caught up.
    package func age(now: Date = Date()) -> Double {
        let age = now.timeIntervalSince1970 - Double(modified) / 1e9
        return age < -1 ? .infinity : age
    }

    /// Same file with the same content as far as the file system tells: size, time and inode.
    package func sameContent(as other: FileIdentity) -> Bool {
        size == other.size && modified == other.modified && inode == other.inode && device == other.device
    }
}
