#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging

/// The state and loop of a ``PollingWatcher``'s thread.
// @unchecked: built before the thread starts, then touched only by that thread.
final class PollingLoop: @unchecked Sendable {
    private let rootPath: String
    private let interval: Duration
    private let wake: WakePipe
    private let continuation: AsyncStream<WatchEvent>.Continuation
    private let ignored: IgnoredNames
    private let logger: Logger
    private let health: SharedHealth
    private var tracker = StabilityTracker()

    /// Takes ownership of `wake`'s read end; `baseline` is the first look.
    init(
        rootPath: String, interval: Duration, baseline: [String: FileSignature], wake: WakePipe,
        continuation: AsyncStream<WatchEvent>.Continuation, ignored: IgnoredNames, health: SharedHealth, logger: Logger
    ) {
        self.health = health
        self.rootPath = rootPath
        self.interval = interval
        self.wake = wake
        self.continuation = continuation
        self.ignored = ignored
        self.logger = logger
        tracker.baseline(baseline)
    }

    /// Scans every interval or on request until a stop signal, then releases everything.
    func run(scanRequests: WaiterList, whenDone done: WaiterList) {
        defer {
            wake.close()
            continuation.finish()
            scanRequests.close()
            done.close()
            logger.debug("polling watcher stopped", metadata: ["watch.root": "\(rootPath)"])
        }
        while true {
            var fds = [pollfd(fd: wake.readFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 1, timeoutMilliseconds)
            if ready < 0 && errno == EINTR { continue }
            var requesters: [CheckedContinuation<Void, Never>] = []
            if ready < 0 {
                logger.error("Polling watcher stopped: poll failed: \(WatchError.describe(errno: errno))")
                return
            }
            if ready > 0 {
                if wake.drain().contains(.stop) { return }
                // Taken before scanning: each requester gets a scan that began after its request.
                requesters = scanRequests.takeAll()
            }
            scan()
            requesters.forEach { $0.resume() }
        }
    }

    private func scan() {
        do {
            let look = try DirectoryWalker.files(under: rootPath, ignored: ignored)
            let before = health.set(.watching)
            if before != .watching {
                let message: Logger.Message = before == .rootMissing
                    ? "inbox re-created; watching it again" : "watched folder readable again"
                logger.info(message, metadata: ["watch.root": "\(rootPath)"])
                continuation.yield(.rescan(folderPath: rootPath, reason: .rootRestored))
            }
            for path in tracker.observe(look) {
                continuation.yield(.candidate(path: path))
            }
        } catch {
            scanFailed(error)
        }
    }

    /// Logs and reports a failed look once per failure; a missing root's files count as gone.
    private func scanFailed(_ error: WatchError) {
        let missing = !DirectoryWalker.isDirectory(rootPath)
        if missing { _ = tracker.observe([:]) }
        let failure: WatchHealth = missing ? .rootMissing : .notWatching(reason: "\(error)")
        guard health.set(failure) != failure else { return }
        if missing {
            logger.warning("inbox missing; waiting for it to be re-created", metadata: ["watch.root": "\(rootPath)"])
        } else {
            logger.error("Scanning failed: \(error)", metadata: ["watch.root": "\(rootPath)"])
        }
        continuation.yield(.rescan(folderPath: rootPath, reason: .watchFailure))
    }

    private var timeoutMilliseconds: Int32 {
        Int32(clamping: max(1, interval.wholeMillisecondsRoundedUp))
    }
}
