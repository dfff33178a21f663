import Foundation

/// Watches a root folder recursively and reports files that may be ready to read.
///
/// Consume ``events`` from one task (`for await event in watcher.events { … }`). Watches are in place
/// when the watcher is created, so a startup scan done after creating it misses nothing: files that
/// arrive meanwhile are buffered in the stream. Ignored names (``IgnoredNames``) are never reported.
/// Keep a reference to the watcher while consuming: releasing it stops it and finishes the stream.
package protocol FolderWatcher: Sendable {
    /// The folder being watched.
    var root: URL { get }
    /// The events, in the order noticed; the stream finishes after ``stop()`` or when its consumer is cancelled.
    var events: AsyncStream<WatchEvent> { get }
    /// How the watcher is doing now (root missing, cannot watch); read from any thread.
    var health: WatchHealth { get }
    /// How files are noticed: "inotify" or "polling".
    var method: String { get }
    /// Ends the stream and asks the watcher's thread to exit; returns at once and may be called repeatedly.
    func stop()
    /// Suspends until the watcher's thread has exited and released its file descriptors.
    func waitUntilStopped() async
}

extension FolderWatcher {
    /// The method and what is wrong with it, if anything, for `goalpost status`: "inotify (inbox missing)".
    package var statusText: String { health.describe(method: method) }
}
