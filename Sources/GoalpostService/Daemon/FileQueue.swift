import Foundation
import Synchronization

/// The files waiting to be processed, in arrival order, each path at most once while it waits.
package final class FileQueue: Sendable {
    private let pending = Mutex<Set<String>>([])
    private let continuation: AsyncStream<URL>.Continuation
    /// The files, in the order they were enqueued.
    package let files: AsyncStream<URL>

    package init() {
        (files, continuation) = AsyncStream.makeStream(of: URL.self)
    }

    /// Adds `url` unless it is already waiting.
    package func enqueue(_ url: URL) {
        let inserted = pending.withLock { $0.insert(url.path).inserted }
        if inserted { continuation.yield(url) }
    }

    /// Marks `url` as taken, so a later event for it queues it again.
    package func taken(_ url: URL) {
        _ = pending.withLock { $0.remove(url.path) }
    }

    /// Number of files waiting.
    package var count: Int { pending.withLock { $0.count } }

    /// Ends the stream; the consumer stops after the files already queued… or when cancelled.
    package func finish() {
        continuation.finish()
    }
}
