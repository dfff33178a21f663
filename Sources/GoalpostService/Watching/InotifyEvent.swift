/// One record read from an inotify descriptor.
struct InotifyEvent: Sendable, Equatable {
    /// The watch descriptor the event belongs to (-1 for a queue overflow).
    var wd: Int32
    /// The `IN_*` bits.
    var mask: UInt32
    /// The entry's name inside the watched directory; empty for events about the directory itself.
    var name: String
    /// False when the name's bytes are not valid UTF-8: `name` then only approximates it.
    var nameIsExact = true

    /// Whether any of `bits` is set.
    func has(_ bits: UInt32) -> Bool { mask & bits != 0 }

    /// Splits a buffer filled by `read()` into events (header: wd, mask, cookie, len; then the name).
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + 16 <= bytes.count {
            let wd = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = bytes[(offset + 16)..<min(offset + 16 + length, bytes.count)]
            let bytes = nameBytes.prefix { $0 != 0 }
            let exact = String(validating: bytes, as: UTF8.self)
            events.append(InotifyEvent(wd: wd, mask: mask, name: exact ?? String(decoding: bytes, as: UTF8.self), nameIsExact: exact != nil))
            offset += 16 + length
        }
        return events
    }
}

/// inotify constants from `<sys/inotify.h>` (declared here because some do not import as `UInt32`).
enum InotifyMask {
    /// IN_MODIFY: a file was written.
    static let modify: UInt32 = 0x0000_0002
    /// IN_CLOSE_WRITE: a file opened for writing was closed.
    static let closeWrite: UInt32 = 0x0000_0008
    /// IN_MOVED_FROM: an entry was renamed away from the directory.
    static let movedFrom: UInt32 = 0x0000_0040
    /// IN_MOVED_TO: an entry was renamed into the directory.
    static let movedTo: UInt32 = 0x0000_0080
    /// IN_CREATE: an entry was created.
    static let create: UInt32 = 0x0000_0100
    /// IN_DELETE: an entry was deleted.
    static let delete: UInt32 = 0x0000_0200
    /// IN_DELETE_SELF: the watched directory was deleted.
    static let deleteSelf: UInt32 = 0x0000_0400
    /// IN_MOVE_SELF: the watched directory was moved.
    static let moveSelf: UInt32 = 0x0000_0800
    /// IN_UNMOUNT: the file system was unmounted.
    static let unmount: UInt32 = 0x0000_2000
    /// IN_Q_OVERFLOW: the event queue overflowed and events were lost.
    static let queueOverflow: UInt32 = 0x0000_4000
    /// IN_IGNORED: the watch was removed.
    static let ignored: UInt32 = 0x0000_8000
    /// IN_ONLYDIR: watch only if the path is a directory.
    static let onlyDirectory: UInt32 = 0x0100_0000
    /// IN_DONT_FOLLOW: do not follow a symbolic link.
    static let dontFollow: UInt32 = 0x0200_0000
    /// IN_ISDIR: the entry is a directory.
    static let isDirectory: UInt32 = 0x4000_0000

    /// What every directory in the tree is watched for.
    static let watched: UInt32 = modify | closeWrite | movedFrom | movedTo | create | delete
        | deleteSelf | moveSelf | onlyDirectory | dontFollow

    /// The root's own events that mean its watch is gone: deleted, moved away, unmounted, removed.
    static let rootGone: UInt32 = deleteSelf | moveSelf | unmount | ignored

    /// What the nearest existing ancestor of a missing root is watched for: the next step down
    /// appearing, or the ancestor itself going away (symbolic links are followed).
    static let ancestorWatched: UInt32 = create | movedTo | deleteSelf | moveSelf | onlyDirectory

    /// `IN_NONBLOCK | IN_CLOEXEC` for `inotify_init1`.
    static let initFlags: Int32 = 0o4000 | 0o2000000
}
