#if canImport(Glibc)
import Glibc
#endif

/// Whether a folder lives on a file system that delivers inotify events for changes made by others.
///
/// Network and FUSE file systems report only changes made through this machine's kernel, so files
/// dropped from another machine (an SMB share, NFS, sshfs, rclone) never produce an event there:
/// they need the polling watcher.
package enum FileSystemKind: Sendable, Equatable, CustomStringConvertible {
    /// A local file system (ext4, xfs, btrfs, tmpfs, overlay …): inotify works.
    case local
    /// A network or FUSE file system, named after its kind: inotify misses remote changes.
    case withoutEvents(name: String)
    /// `statfs` failed; treat as local and let inotify fail if it must.
    case unknown

    /// `statfs` `f_type` magic numbers of file systems that send no events for remote changes.
    package static let magicNumbers: [UInt32: String] = [
        0x6969: "nfs",
        0x517B: "smb",
        0xFF53_4D42: "cifs",
        0xFE53_4D42: "smb2",
        0x6573_5546: "fuse",
        0x0102_1997: "9p",
        0x00C3_6400: "ceph",
        0x5346_414F: "afs",
        0x6B41_4653: "kafs",
        0x7375_7245: "coda",
        0x0116_1970: "gfs2",
        0x7461_636F: "ocfs2",
        0x0BD0_0BD0: "lustre",
        0x786F_4256: "vboxsf",
        0x0000_564C: "ncp",
    ]

    /// Classifies a `statfs` `f_type` value.
    package static func classify(magic: UInt32) -> FileSystemKind {
        magicNumbers[magic].map { .withoutEvents(name: $0) } ?? .local
    }

    /// Detects the kind of the file system holding `path`.
    package static func detect(path: String) -> FileSystemKind {
        #if os(Linux)
        // struct statfs is 120 bytes on 64-bit Linux; its first field is f_type (a C long).
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 256, alignment: 8)
        defer { buffer.deallocate() }
        buffer.initializeMemory(as: UInt8.self, repeating: 0, count: 256)
        guard linuxStatfs(path, buffer) == 0 else { return .unknown }
        return classify(magic: UInt32(truncatingIfNeeded: buffer.load(as: Int.self)))
        #else
        return .unknown
        #endif
    }

    /// Whether inotify can be trusted on this file system.
    package var sendsEvents: Bool {
        if case .withoutEvents = self { return false }
        return true
    }

    /// The file system's short name for logs (`local`, `nfs`, `cifs` …).
    package var description: String {
        switch self {
        case .local: return "local"
        case .withoutEvents(let name): return name
        case .unknown: return "unknown"
        }
    }
}

#if os(Linux)
// The Glibc module does not export <sys/vfs.h>, and adding a C target for one call is not worth it.
@_silgen_name("statfs")
private func linuxStatfs(_ path: UnsafePointer<CChar>, _ buffer: UnsafeMutableRawPointer) -> Int32
#endif
