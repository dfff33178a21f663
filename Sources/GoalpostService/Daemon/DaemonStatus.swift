import Foundation
import GoalpostStore

/// What a running daemon tells `goalpost status`: `HOME/goalpostd.status.json`, rewritten after each scan.
package struct DaemonStatus: Codable, Sendable, Equatable {
    package var pid: Int32
    package var startedAt: String
    package var lastScanAt: String?
    /// inotify or polling, and what is wrong with it, if anything: "inotify (inbox missing)".
    package var watcher: String

    static func url(home: URL) -> URL { home.appendingPathComponent("goalpostd.status.json") }

    /// Reads the status file of `home`, if any.
    package static func read(home: URL) -> DaemonStatus? {
        guard let data = try? Data(contentsOf: url(home: home)) else { return nil }
        return try? JSONDecoder().decode(DaemonStatus.self, from: data)
    }

    /// Writes this status atomically.
    package func write(home: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileMoves.writeAtomically(try encoder.encode(self), to: Self.url(home: home))
    }
}
