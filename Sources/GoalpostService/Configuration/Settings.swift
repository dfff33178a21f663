import Foundation

/// The daemon's and CLI's effective configuration, after flags, environment, file and defaults.
package struct Settings: Sendable, Equatable {
    /// The home folder.
    package var home: URL
    /// The drop folder, watched with its sub-folders.
    package var inbox: URL
    /// Ingested originals, by region and year.
    package var archive: URL
    /// Files that could not be ingested, each with `NAME.error.txt`.
    package var failed: URL
    /// Change digests, `REGION/YEAR-MM[-vs-YEAR-MM].md` and `.json`.
    package var digests: URL
    /// The SQLite history.
    package var database: URL
    /// Seconds without writes after IN_CLOSE_WRITE before a file is read.
    package var quietPeriod: Double
    /// Seconds between reconcile scans of the inbox.
    package var reconcileInterval: Double
    /// Poll instead of using inotify.
    package var poll: Bool
    /// Seconds between looks of the polling scanner.
    package var pollInterval: Double
    /// Files larger than this many bytes are refused.
    package var maxFileSize: Int
    /// Seconds of CPU time the worker process reading, parsing and assessing one file (or making
    /// one report's digests) may use before it is stopped.
    package var fileCPULimit: Int
    /// Bytes of address space (RLIMIT_AS) that worker may map before its allocations fail and it stops.
    package var fileMemoryLimit: Int
    /// Seconds a shutdown waits for the file in hand before abandoning it to the inbox.
    package var shutdownGrace: Double
    /// swift-log level name: trace, debug, info, notice, warning, error, critical.
    package var logLevel: String
    /// Region names and folder names mapped to one canonical region name.
    package var regionAliases: [String: String]
    /// Former goal-category names mapped to their later names, for matching across years.
    package var categoryAliases: [String: String]
    /// The configuration file read, if any.
    package var configFile: URL?
    /// Where each key's value came from: flag, environment, file or default.
    package var sources: [String: String]
}

extension Settings {
    /// The first folder key (`inbox`, `archive`, `failed`, `digests`, `database`) whose path differs
    /// from `running`'s, nil when none does: a running daemon keeps its folders until it restarts.
    package func changedFolder(from running: Settings) -> String? {
        let pairs: [(String, URL, URL)] = [
            ("inbox", inbox, running.inbox), ("archive", archive, running.archive), ("failed", failed, running.failed),
            ("digests", digests, running.digests), ("database", database, running.database),
        ]
        return pairs.first { $0.1.standardizedFileURL.path != $0.2.standardizedFileURL.path }?.0
    }
}
