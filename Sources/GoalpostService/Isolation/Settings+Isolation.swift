import Foundation
import GoalpostStore
import Logging

extension Settings {
    /// The limits of the worker process that reads one file (or makes one report's digests).
    package var fileWorkerLimits: WorkerLimits {
        WorkerLimits(cpuSeconds: fileCPULimit, memoryBytes: fileMemoryLimit)
    }

    /// Seconds of wall-clock time a worker may run without finishing its answer (a digest worker:
    /// without finishing a report): three times its CPU time, as a busy machine slows it, plus a
    /// minute; one stuck in I/O uses no CPU time, so only this stops it.
    package var fileWallSeconds: Double {
        Double(fileCPULimit) * 3 + 60
    }

    /// A parser that reads each file in a worker under these settings' limits.
    package func isolatedParser(executable: URL = IsolatedWorker.ownExecutable) -> IsolatedParser {
        IsolatedParser(executable: executable, limits: fileWorkerLimits, wallSeconds: fileWallSeconds)
    }

    /// A digest writer that makes each report's digests in workers under these settings' limits.
    package func isolatedDigests(executable: URL = IsolatedWorker.ownExecutable) -> IsolatedDigests {
        IsolatedDigests(
            executable: executable, limits: fileWorkerLimits, wallSeconds: fileWallSeconds, database: database,
            digests: digests, regionAliases: regionAliases, categoryAliases: categoryAliases)
    }
}

extension FileIngestor {
    /// An ingestor configured by `settings` that parses each file in a worker process (goalpostd's
    /// own executable unless `executable` names another goalpostd).
    package static func isolated(
        store: ReportStore, settings: Settings, executable: URL = IsolatedWorker.ownExecutable, logger: Logger? = nil
    ) -> FileIngestor {
        FileIngestor(store: store, settings: settings, parser: settings.isolatedParser(executable: executable), logger: logger)
    }
}

extension IsolatedWorker {
    /// The running executable, as the kernel knows it: still the same program after an upgrade
    /// replaced the file on disk, so a daemon never starts a worker of another version.
    package static var ownExecutable: URL { URL(fileURLWithPath: "/proc/self/exe") }
}
