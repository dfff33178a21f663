import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads a pipe to its end on a dedicated thread, so a child never blocks on a full pipe.
final class PipeDrain: @unchecked Sendable {
    private let descriptor: Int32
    private let keepLast: Int?
    private let lock = NSLock()
    private var data = Data()
    private var lastRead = Date()
    private let ended = DispatchSemaphore(value: 0)

    /// Drains `handle`, keeping everything or only the last `keepLast` bytes.
    init(_ handle: FileHandle, keepLast: Int? = nil) {
        descriptor = handle.fileDescriptor
        self.keepLast = keepLast
        Thread { [self] in drain() }.start()
    }

    /// When bytes last arrived (or when draining began).
    var lastActivity: Date { lock.withLock { lastRead } }

    /// Waits for the end of the pipe and returns what was kept.
    func collected() -> Data {
        ended.wait()
        ended.signal()
        return lock.withLock { data }
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            lock.withLock { append(buffer.prefix(count)) }
        }
        ended.signal()
    }

    private func append(_ bytes: ArraySlice<UInt8>) {
        data.append(contentsOf: bytes)
        lastRead = Date()
        if let keepLast, data.count > keepLast { data = data.suffix(keepLast) }
    }
}
