import Dispatch

/// Runs blocking work (file I/O, SQLite) on one dedicated queue, off the Swift concurrency pool.
package struct SerialWorker: Sendable {
    private let queue = DispatchQueue(label: "goalpost.ingest")

    package init() {}

    /// Runs `body` on the worker queue and returns its result.
    package func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }
}
