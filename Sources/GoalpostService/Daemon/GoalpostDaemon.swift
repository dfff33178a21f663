import Foundation
import GoalpostStore
import Logging
import ServiceLifecycle
import Synchronization
import UnixSignals

/// goalpostd as a service: takes every file dropped into the inbox exactly once, one at a time.
package final class GoalpostDaemon: Service, Sendable {
    private let initial: Settings
    private let reload: @Sendable () throws -> Settings
    private let logger: Logger
    private let queue = FileQueue()
    private let worker = SerialWorker()
    private let inFlight = InFlight()
    private let state: Mutex<DaemonState?> = Mutex(nil)
    private let watching: Mutex<(any FolderWatcher)?> = Mutex(nil)  // its health goes into the status file

    /// `reload` re-reads the configuration on SIGHUP.
    package init(settings: Settings, reload: @escaping @Sendable () throws -> Settings, logger: Logger) {
        initial = settings
        self.reload = reload
        self.logger = logger
    }

    package func run() async throws {
        let settings = initial
        try DaemonFolders.create(settings)
        let lock = try DaemonLock.acquire(home: settings.home)
        let store = try ReportStore(path: settings.database.path)
        // Watches go in before the first scan, so nothing arriving in between is missed.
        let watcher = try makeFolderWatcher(
            root: settings.inbox, forcePolling: settings.poll, quietPeriod: .milliseconds(Int(settings.quietPeriod * 1000)),
            pollInterval: .milliseconds(Int(max(settings.pollInterval, 0.01) * 1000)), logger: logger)
        let kind = watcher is InotifyWatcher ? "inotify" : "polling"
        watching.withLock { $0 = watcher }
        let daemonState = DaemonState(settings: settings, store: store, logger: logger, watcher: kind)
        state.withLock { $0 = daemonState }
        logger.info("goalpostd started", metadata: [
            "home": "\(settings.home.path)", "inbox": "\(settings.inbox.path)", "pid": "\(getpid())",
        ])
        await worker.run { Self.writeMissingDigests(daemonState) }
        try await cancelWhenGracefulShutdown {
            try await self.serve(watcher)
        }
        watcher.stop()
        await watcher.waitUntilStopped()
        await finishInHand(grace: settings.shutdownGrace)
        withExtendedLifetime(lock) {}
        logger.info("goalpostd stopped")
    }

    private func serve(_ watcher: any FolderWatcher) async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.processFiles() }
            group.addTask { await self.reconcileLoop() }
            group.addTask { await self.hangupLoop() }
            group.addTask { await self.watch(watcher) }
            await group.next()
            group.cancelAll()
        }
    }

    // Set by run() before anything is served, so nil is only seen before start-up.
    private var current: DaemonState? { state.withLock { $0 } }

    /// Takes queued files one at a time, in arrival order, on the worker queue.
    private func processFiles() async {
        for await url in queue.files {
            if Task.isCancelled { break }
            queue.taken(url)
            guard let processor = current?.processor else { continue }
            let flight = inFlight
            flight.begin()
            _ = await worker.run { defer { flight.end() }; return processor.process(url) }
        }
    }

    /// Waits up to `grace` seconds for the file in hand, then lets the process exit (it stays in the inbox).
    private func finishInHand(grace: Double) async {
        let deadline = Date().addingTimeInterval(grace)
        while inFlight.active, Date() < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if inFlight.active { logger.notice("abandoning the file in hand; it stays in the inbox") }
    }

    /// Scans the inbox now and then every reconcile interval.
    private func reconcileLoop() async {
        while !Task.isCancelled {
            await scan(reason: "reconcile")
            let interval = current?.settings.reconcileInterval ?? 60
            try? await Task.sleep(for: .milliseconds(Int(max(interval, 0.05) * 1000)))
        }
    }

    /// Queues the files the watcher reports (already settled); a rescan request scans the inbox.
    private func watch(_ watcher: any FolderWatcher) async {
        for await event in watcher.events {
            switch event {
            case .candidate(let url): queue.enqueue(url)
            case .rescan(_, let reason): await scan(reason: reason.rawValue)
            }
        }
    }

    /// SIGHUP: reload the configuration and rescan.
    private func hangupLoop() async {
        for await _ in await UnixSignalsSequence(trapping: .sighup) {
            if Task.isCancelled { return }
            do {
                let settings = try reload()
                guard let running = current else { continue }
                if let folder = settings.changedFolder(from: running.settings) {
                    logger.error("configuration not reloaded: '\(folder)' changed, and folders change only on a restart")
                    await scan(reason: "hangup")
                    continue
                }
                let store = running.store
                state.withLock { $0 = DaemonState(settings: settings, store: store, logger: logger, watcher: $0?.watcher ?? "") }
                logger.info("configuration reloaded")
            } catch {
                logger.error("configuration not reloaded: \(error)")
            }
            await scan(reason: "hangup")
        }
    }

    /// Queues every waiting file that has been quiet for the quiet period; records the scan time.
    package func scan(reason: String) async {
        guard let state = current else { return }
        let (ready, young) = await worker.run { () -> ([URL], Int) in
            let now = Date()
            let files = state.processor.scanner.candidates()
            let ready = files.filter { (FileMoves.age($0, now: now) ?? 0) >= state.settings.quietPeriod }
            return (ready, files.count - ready.count)
        }
        for url in ready { queue.enqueue(url) }
        logger.debug("scan", metadata: ["reason": "\(reason)", "files.ready": "\(ready.count)", "files.young": "\(young)"])
        try? DaemonStatus(pid: getpid(), startedAt: state.startedAt, lastScanAt: Timestamp.iso8601(Date()),
            watcher: watching.withLock { $0?.statusText } ?? state.watcher)
            .write(home: state.settings.home)
        if young > 0 {
            Task { [weak self] in
                try? await Task.sleep(for: .milliseconds(Int(state.settings.quietPeriod * 1000) + 50))
                await self?.scan(reason: "settle")
            }
        }
    }

    private static func writeMissingDigests(_ state: DaemonState) {
        do {
            let written = try state.processor.digests.writeMissing()
            if !written.isEmpty { state.logger.info("wrote missing digests", metadata: ["reports": "\(written)"]) }
        } catch {
            state.logger.error("cannot write missing digests: \(error)")
        }
    }
}
