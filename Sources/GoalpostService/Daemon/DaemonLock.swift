import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One daemon per home: a POSIX record lock on `HOME/goalpostd.lock`, released by the kernel when the process dies.
package final class DaemonLock: Sendable {
    private let descriptor: Int32
    package let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// Takes the lock or throws ``DaemonLockError/held(path:pid:)`` naming the running daemon.
    package static func acquire(home: URL) throws -> DaemonLock {
        let path = home.appendingPathComponent("goalpostd.lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw DaemonLockError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var lock = Self.request(type: F_WRLCK)
        if fcntl(descriptor, F_SETLK, &lock) != 0 {
            let holder = holderPid(path: path)
            close(descriptor)
            throw DaemonLockError.held(path: path, pid: holder)
        }
        ftruncate(descriptor, 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
        return DaemonLock(descriptor: descriptor, path: path)
    }

    /// The pid of the daemon holding the lock of `home`, or nil when none runs.
    package static func holder(home: URL) -> Int32? {
        holderPid(path: home.appendingPathComponent("goalpostd.lock").path)
    }

    private static func holderPid(path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var lock = request(type: F_WRLCK)
        guard fcntl(descriptor, F_GETLK, &lock) == 0, lock.l_type != Int16(F_UNLCK) else { return nil }
        return lock.l_pid
    }

    private static func request(type: Int32) -> flock {
        var lock = flock()
        lock.l_type = Int16(type)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 0
        lock.l_len = 0
        return lock
    }

    deinit {
        close(descriptor)
    }
}

/// Why the daemon lock could not be taken.
package enum DaemonLockError: Error, Equatable, CustomStringConvertible {
    case held(path: String, pid: Int32?)
    case cannotOpen(path: String, reason: String)

    package var description: String {
        switch self {
        case .held(let path, let pid):
            let who = pid.map { "goalpostd (pid \($0))" } ?? "another goalpostd"
            return "Cannot start: \(who) is already running on this home (lock '\(path)'); stop it first or use another --home."
        case .cannotOpen(let path, let reason):
            return "Cannot start: cannot open the lock file '\(path)': \(reason)."
        }
    }
}
