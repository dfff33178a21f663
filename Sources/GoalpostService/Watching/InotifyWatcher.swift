#if os(Linux)
import Foundation
import Glibc
import Logging

/// A ``FolderWatcher`` on Linux inotify: a dedicated thread blocks in `poll()` on the inotify
/// descriptor and a wake-up pipe, and feeds ``events``.
///
/// A file moved in (`IN_MOVED_TO`) is reported at once. A file written in place is reported after
/// `IN_CLOSE_WRITE` plus a quiet period without further modification, so a writer that closes and
/// reopens is not read half-way. New sub-folders are watched at once and the files already in them
/// reported (at once when the folder was moved in, after the quiet period when it was created).
/// A queue overflow or a failed watch yields a ``WatchEvent/rescan(folder:reason:)``.
///
/// When the root itself goes (deleted, moved away, unmounted), its nearest existing ancestor is
/// watched for it to come back, level by level; once it is a folder again (or a symbolic link to
/// one) it is watched with its sub-folders and its files reported like those of a new sub-folder.
/// ``health`` says meanwhile that it is missing.
package final class InotifyWatcher: FolderWatcher {
    /// The watched folder, absolute, as a directory URL (trailing slash).
    package let root: URL
    /// The events; consume from one task. Finishes after ``stop()`` or when the consumer is cancelled.
    package var events: AsyncStream<WatchEvent> { thread.events }
    /// Watching, root missing, or not watching (inotify refused the watch; retried every few seconds).
    package var health: WatchHealth { sharedHealth.current }
    /// "inotify".
    package var method: String { "inotify" }
    private let thread: WatcherThread
    private let sharedHealth = SharedHealth()

    /// Watches `root` and its sub-folders, then starts the thread.
    ///
    /// The tree is walked synchronously (one `inotify_add_watch` per folder) before this returns.
    /// - Parameter quietPeriod: how long a file written in place must stay unmodified after its
    ///   last close before it is reported; zero reports it at its first close.
    package init(
        root: URL, quietPeriod: Duration = .milliseconds(300), ignored: IgnoredNames = .default, logger: Logger
    ) throws(WatchError) {
        let rootPath = Self.normalized(root)
        let fd = inotify_init1(InotifyMask.initFlags)
        guard fd >= 0 else { throw .fromErrno("inotify_init1") }
        let wake: WakePipe
        do { wake = try WakePipe() } catch {
            close(fd)
            throw error
        }
        let thread = WatcherThread(wake: wake)
        let loop = InotifyLoop(
            fd: fd, rootPath: rootPath, wake: wake, continuation: thread.continuation,
            quietPeriod: quietPeriod, ignored: ignored, health: sharedHealth, logger: logger
        )
        do { try loop.watchRoot() } catch {
            close(fd)
            wake.close()
            throw error
        }
        self.root = URL(fileURLWithPath: rootPath, isDirectory: true)
        self.thread = thread
        thread.start(name: "goalpost-inotify") { loop.run(whenDone: $0) }
    }

    /// Finishes ``events`` and wakes the thread so it exits; returns at once, idempotent.
    package func stop() { thread.stop() }

    // Releasing the last reference stops the thread rather than leaking it.
    deinit { stop() }

    /// Returns once the thread has exited and closed its descriptors.
    package func waitUntilStopped() async { await thread.waitUntilStopped() }

    /// Whether the thread is still running (false once it has released its descriptors).
    package var isRunning: Bool { thread.isRunning }

    /// The absolute path of `url` without a trailing slash.
    static func normalized(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
#endif
