import Synchronization

/// How well a ``FolderWatcher`` is doing its job right now, for logs and `goalpost status`.
///
/// It changes when the watched root goes missing or comes back, and when inotify cannot watch it;
/// each change also yields a ``WatchEvent/rescan(folder:reason:)``, so a consumer that rewrites its
/// status on every scan shows the change at once.
package enum WatchHealth: Sendable, Equatable {
    /// Every folder of the tree is watched (or, for polling, the last look succeeded).
    case watching
    /// The root is missing or not a folder; the watcher waits for it to come back.
    case rootMissing
    /// The root exists but cannot be watched (e.g. the inotify watch limit); retried now and then,
    /// meanwhile only the consumer's own scans find files.
    case notWatching(reason: String)

    /// `method` ("inotify", "polling") followed by what is wrong, if anything: "inotify (inbox missing)".
    package func describe(method: String) -> String {
        switch self {
        case .watching: return method
        case .rootMissing: return "\(method) (inbox missing)"
        case .notWatching: return "\(method) (not watching; scans only)"
        }
    }
}

/// A ``WatchHealth`` that a watcher's thread writes and any thread reads.
final class SharedHealth: Sendable {
    private let value = Mutex(WatchHealth.watching)

    /// The current health.
    var current: WatchHealth { value.withLock { $0 } }

    /// Stores `health`; returns the previous value.
    @discardableResult
    func set(_ health: WatchHealth) -> WatchHealth {
        value.withLock { value in
            defer { value = health }
            return value
        }
    }
}
