import Foundation
import GoalpostStore
import Logging
import Synchronization

/// The parts of a running daemon that a configuration reload replaces.
struct DaemonState: Sendable {
    let settings: Settings
    let store: ReportStore
    let processor: InboxProcessor
    let logger: Logger
    let watcher: String
    let startedAt: String

    init(settings: Settings, store: ReportStore, logger: Logger, watcher: String) {
        self.settings = settings
        self.store = store
        var leveled = logger
        leveled.logLevel = Logger.Level(rawValue: settings.logLevel) ?? .info
        self.logger = leveled
        self.watcher = watcher
        processor = InboxProcessor(settings: settings, store: store, logger: leveled)
        startedAt = Timestamp.iso8601(Date())
    }
}

/// Whether a file is being processed right now (for a shutdown that waits for it).
final class InFlight: Sendable {
    private let count = Atomic<Int>(0)

    func begin() { count.add(1, ordering: .sequentiallyConsistent) }
    func end() { count.subtract(1, ordering: .sequentiallyConsistent) }
    var active: Bool { count.load(ordering: .sequentiallyConsistent) > 0 }
}

/// Creates the home's folders, or throws a "cannot work at all" error.
enum DaemonFolders {
    static func create(_ settings: Settings) throws {
        for folder in [settings.home, settings.inbox, settings.archive, settings.failed, settings.digests] {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw DaemonError.cannotCreate(path: folder.path, reason: (error as NSError).localizedDescription)
            }
        }
    }
}

/// Errors that stop the daemon: it cannot work at all.
package enum DaemonError: Error, Equatable, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)

    package var description: String {
        switch self {
        case .cannotCreate(let path, let reason): return "Cannot start: cannot create the folder '\(path)': \(reason)."
        }
    }
}

/// Things logged once per key (a file that cannot be claimed, a claim that keeps changing), so a
/// condition that lasts does not log at every scan.
final class Complaints: Sendable {
    private let said = Mutex<Set<String>>([])

    /// Runs `log` the first time `key` is seen.
    func once(_ key: String, _ log: () -> Void) {
        if said.withLock({ $0.insert(key).inserted }) { log() }
    }
}
