#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// What a byte written to a ``WakePipe`` asks the watcher thread to do.
enum WakeSignal: UInt8, Sendable {
    /// Exit the loop and release resources.
    case stop = 0x71
    /// Scan now (polling watcher only).
    case scan = 0x73
}

/// A self-pipe that wakes a watcher thread blocked in `poll()`; both ends are non-blocking.
///
/// Only the watcher thread reads and ``close()``s; any thread may ``send(_:)``, also after close.
final class WakePipe: Sendable {
    /// The end the watcher thread polls.
    let readFD: Int32
    // nil once closed, so a late send never writes to a reused descriptor number.
    private let writeFD: Mutex<Int32?>

    /// Opens the pipe and makes both ends non-blocking and close-on-exec.
    init() throws(WatchError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw .fromErrno("pipe") }
        for end in ends {
            let flags = fcntl(end, F_GETFL)
            guard flags >= 0, fcntl(end, F_SETFL, flags | O_NONBLOCK) == 0,
                  fcntl(end, F_SETFD, FD_CLOEXEC) == 0 else {
                let error = WatchError.fromErrno("fcntl")
                _ = Glibc.close(ends[0])
                _ = Glibc.close(ends[1])
                throw error
            }
        }
        readFD = ends[0]
        writeFD = Mutex(ends[1])
    }

    /// Writes one signal byte; a full pipe already holds a wake-up, so EAGAIN is ignored.
    func send(_ signal: WakeSignal) {
        writeFD.withLock { fd in
            guard let fd else { return }
            var byte = signal.rawValue
            _ = write(fd, &byte, 1)
        }
    }

    /// Reads every pending signal without blocking.
    func drain() -> [WakeSignal] {
        var signals: [WakeSignal] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readFD, &buffer, buffer.count)
            guard count > 0 else { return signals }
            signals += buffer[0..<count].compactMap(WakeSignal.init(rawValue:))
        }
    }

    /// Closes both ends; later sends do nothing.
    func close() {
        writeFD.withLock { fd in
            if let open = fd { _ = Glibc.close(open) }
            fd = nil
        }
        _ = Glibc.close(readFD)
    }
}
