/// One record read from an inotify descriptor.
struct InotifyEvent: Sendable, Equatable {
    /// The watch descriptor the event belongs to (-1 for a queue overflow).
    var wd: Int32
    /// The `IN_*` bits.
    var mask: UInt32
    /// The entry's name inside the watched directory; empty for events about the directory itself.
    var name: String

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
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            events.append(InotifyEvent(wd: wd, mask: mask, name: name))
            offset += 16 + length
        }
        return events
    }
}

/// inotify constants from `<sys/inotify.h>` (declared here because some do not import as `UInt32`).
enum InotifyMask {
    static let modify: UInt32 = 0x0000_0002
    static let closeWrite: UInt32 = 0x0000_0008
    static let movedFrom: UInt32 = 0x0000_0040
    static let movedTo: UInt32 = 0x0000_0080
    static let create: UInt32 = 0x0000_0100
    static let delete: UInt32 = 0x0000_0200
    static let deleteSelf: UInt32 = 0x0000_0400
    static let moveSelf: UInt32 = 0x0000_0800
    static let unmount: UInt32 = 0x0000_2000
    static let queueOverflow: UInt32 = 0x0000_4000
    static let ignored: UInt32 = 0x0000_8000
    static let onlyDirectory: UInt32 = 0x0100_0000
    static let dontFollow: UInt32 = 0x0200_0000
    static let isDirectory: UInt32 = 0x4000_0000

    /// What every directory in the tree is watched for.
    static let watched: UInt32 = modify | closeWrite | movedFrom | movedTo | create | delete
        | deleteSelf | moveSelf | onlyDirectory | dontFollow

    /// `IN_NONBLOCK | IN_CLOEXEC` for `inotify_init1`.
    static let initFlags: Int32 = 0o4000 | 0o2000000
}
