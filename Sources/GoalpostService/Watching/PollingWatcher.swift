import Foundation
import Logging

/// A ``FolderWatcher`` that scans the tree periodically, for file systems that send no events.
///
/// A file is reported once its size and modification time are the same in two consecutive scans,
/// and again only after it changes and settles again. Files present when the watcher is created
/// count as seen (the consumer's startup scan takes them). Scans run on a dedicated thread that
/// waits in `poll()` on a wake-up pipe between scans, so ``stop()`` ends it promptly.
///
/// A root that goes missing is looked for at every scan; while it is missing ``health`` says so,
/// and its files count as gone, so once it is back they are reported again when stable.
package final class PollingWatcher: FolderWatcher {
    /// The watched folder, absolute, as a directory URL (trailing slash).
    package let root: URL
    /// The events; consume from one task. Finishes after ``stop()`` or when the consumer is cancelled.
    package var events: AsyncStream<WatchEvent> { thread.events }
    /// Watching, root missing, or not watching (the root cannot be read).
    package var health: WatchHealth { sharedHealth.current }
    /// "polling".
    package var method: String { "polling" }
    private let thread: WatcherThread
    private let sharedHealth = SharedHealth()
    private let scanRequests = WaiterList()

    /// Takes the first look at `root` synchronously, then starts scanning every `interval`.
    package init(
        root: URL, interval: Duration = .seconds(2), ignored: IgnoredNames = .default, logger: Logger
    ) throws(WatchError) {
        let rootPath = InotifyWatcher.normalized(root)
        let baseline = try DirectoryWalker.files(under: rootPath, ignored: ignored)
        let wake = try WakePipe()
        let thread = WatcherThread(wake: wake)
        let loop = PollingLoop(
            rootPath: rootPath, interval: interval, baseline: baseline, wake: wake,
            continuation: thread.continuation, ignored: ignored, health: sharedHealth, logger: logger
        )
        self.root = URL(fileURLWithPath: rootPath, isDirectory: true)
        self.thread = thread
        let scanRequests = self.scanRequests
        thread.start(name: "goalpost-poll") { loop.run(scanRequests: scanRequests, whenDone: $0) }
    }

    /// Finishes ``events`` and wakes the thread so it exits; returns at once, idempotent.
    package func stop() { thread.stop() }

    // Releasing the last reference stops the thread rather than leaking it.
    deinit { stop() }

    /// Returns once the thread has exited and closed its descriptors.
    package func waitUntilStopped() async { await thread.waitUntilStopped() }

    /// Whether the thread is still running.
    package var isRunning: Bool { thread.isRunning }

    /// Scans now, out of turn, and returns once a scan that started after this call has finished
    /// (or the watcher has stopped). Useful for SIGHUP and for tests that drive the looks.
    package func scanNow() async {
        await withCheckedContinuation { waiter in
            if scanRequests.enqueue(waiter) {
                thread.wake.send(.scan)
            } else {
                waiter.resume()
            }
        }
    }
}
