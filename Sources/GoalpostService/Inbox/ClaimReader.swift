import Foundation
import GoalpostCore
import GoalpostStore

#if canImport(Glibc)
import Glibc
#endif

/// What reading a claimed file gave.
package enum ClaimRead: Sendable, Equatable {
    /// The bytes, and the file's identity while they were read (unchanged from start to end).
    case bytes([UInt8], FileIdentity)
    /// The file changed while it was read (a writer still has it open): read it again once still.
    case changed(FileIdentity)
    /// The file is over the size limit.
    case tooLarge(size: Int64)
    /// The file went away.
    case gone
    /// It cannot be read; `trouble` when the storage is to blame.
    case unreadable(reason: String, trouble: StorageTrouble?)
}

/// Reads a claimed file in one go, comparing its identity before and after so a file written
/// meanwhile is never taken for complete.
package enum ClaimReader {
    package static func read(_ path: RawPath, limit: Int) -> ClaimRead {
        // Non-blocking: a FIFO put in a claim's place must not hang the daemon's queue.
        let descriptor = path.withCString { open($0, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { return failure(errno) }
        defer { close(descriptor) }
        guard let before = identity(of: descriptor) else { return failure(errno) }
        guard before.kind == .regular else { return .unreadable(reason: "it is not a regular file", trouble: nil) }
        if before.size > Int64(limit) { return .tooLarge(size: before.size) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(before.size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return failure(errno)
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        guard let after = identity(of: descriptor) else { return failure(errno) }
        if bytes.count > limit { return .tooLarge(size: Int64(bytes.count)) }
        guard after.sameContent(as: before), Int64(bytes.count) == after.size else { return .changed(after) }
        return .bytes(bytes, after)
    }

    private static func identity(of descriptor: Int32) -> FileIdentity? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? FileIdentity(info) : nil
    }

    /// An input/output error reading one file is that file's fault (a bad sector), not the
    /// storage's: it must not hold every later file back.
    private static func failure(_ code: Int32) -> ClaimRead {
        if code == ENOENT { return .gone }
        return .unreadable(reason: String(cString: strerror(code)), trouble: code == EIO ? nil : StorageTrouble.of(errno: code))
    }
}
