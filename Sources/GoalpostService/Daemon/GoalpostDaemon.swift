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
    private let complaints = Complaints()
    private let settleScanPending = Atomic<Bool>(false)
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
        await worker.run {
            daemonState.processor.claims.removeLeftovers()
            Self.writeMissingDigests(daemonState)
        }
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

    /// Takes queued work one piece at a time, in arrival order, on the worker queue.
    private func processFiles() async {
        for await item in queue.work {
            if Task.isCancelled { break }
            queue.taken(item)
            guard let processor = current?.processor else { continue }
            let flight = inFlight
            flight.begin()
            defer { flight.end() }
            guard let claim = await claim(item, processor) else { continue }
            let result = await processUntilStorageTakesIt(claim)
            if case .unsettled(let waiting) = result { await settleLater(waiting) }
        }
    }

    /// The claim `item` stands for: a file is claimed now (refusals are logged once per file).
    private func claim(_ item: InboxWork, _ processor: InboxProcessor) async -> Claim? {
        switch item {
        case .claim(let claim): return claim
        case .file(let path, let seen):
            switch await worker.run({ processor.claim(path, seen: seen) }) {
            case .claimed(let claim): return claim
            case .gone: return nil
            case .refused(let reason, _):
                complaints.once("claim:" + path.display) {
                    logger.warning("cannot claim '\(path.display.messageSafe(limit: 200))': \(reason); it is tried again at the next scan")
                }
                return nil
            }
        }
    }

    /// Processes `claim`; while the storage is unavailable (locked, full, read-only) the file stays
    /// claimed and is tried again with back-off, logged once at the start and once at the end.
    private func processUntilStorageTakesIt(_ claim: Claim) async -> InboxResult {
        var pause = 0.5
        var troubleSince: Date?
        while true {
            guard let processor = current?.processor else { return .skipped }
            let result = await worker.run { processor.process(claim) }
            guard case .unavailable(let trouble, let reason) = result, !Task.isCancelled else {
                if let troubleSince {
                    logger.notice("storage available again after \(Int(Date().timeIntervalSince(troubleSince))) s; going on")
                }
                return result
            }
            if troubleSince == nil {
                troubleSince = Date()
                logger.warning("waiting: \(trouble.phrase); '\(claim.displayPath.messageSafe(limit: 200))' and later files stay in the inbox and are tried again", metadata: ["error": "\(reason)"])
            }
            try? await Task.sleep(for: .milliseconds(Int(pause * 1000)))
            pause = min(pause * 2, 60)
        }
    }

    /// Queues `claim` again once the quiet period has passed (it changed after it was claimed).
    private func settleLater(_ claim: Claim) async {
        complaints.once("unsettled:" + claim.id) {
            logger.notice("'\(claim.displayPath.messageSafe(limit: 200))' changed after it was claimed (a writer may still have it open); it is read once it has been still for \(current?.settings.quietPeriod ?? 0) s")
        }
        let delay = (current?.settings.quietPeriod ?? 1) + 0.05
        Task { [weak self] in
            try? await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            self?.queue.enqueue(.claim(claim))
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
            case .candidate(let url): queue.enqueue(.file(RawPath(url), seen: nil))
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

    /// Queues every claim left waiting and every inbox file that has been still for the quiet
    /// period; records the scan time.
    package func scan(reason: String) async {
        guard let state = current else { return }
        let (claims, ready, young) = await worker.run { () -> ([Claim], [InboxFile], Int) in
            let now = Date()
            let files = state.processor.scanner.candidates()
            let ready = files.filter { $0.identity.age(now: now) >= state.settings.quietPeriod }
            return (state.processor.claims.pending(), ready, files.count - ready.count)
        }
        for claim in claims { queue.enqueue(.claim(claim)) }
        for file in ready { queue.enqueue(.file(file.path, seen: file.identity)) }
        logger.debug("scan", metadata: [
            "reason": "\(reason)", "files.claimed": "\(claims.count)", "files.ready": "\(ready.count)", "files.young": "\(young)",
        ])
        try? DaemonStatus(pid: getpid(), startedAt: state.startedAt, lastScanAt: Timestamp.iso8601(Date()), watcher: watching.withLock { $0?.statusText } ?? state.watcher)
            .write(home: state.settings.home)
        // One settle scan at a time, however many scans saw young files.
        if young > 0, settleScanPending.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged {
            Task { [weak self] in
                try? await Task.sleep(for: .milliseconds(Int(state.settings.quietPeriod * 1000) + 50))
                self?.settleScanPending.store(false, ordering: .sequentiallyConsistent)
                await self?.scan(reason: "settle")
            }
        }
    }

    private static func writeMissingDigests(_ state: DaemonState) {
        state.processor.writeMissingDigests(region: nil)
    }
}
