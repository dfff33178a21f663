import Foundation
import GoalpostCore
import Synchronization

/// One piece of inbox work: a file to claim, or a claim to (re)process.
package enum InboxWork: Sendable, Equatable {
    /// A file in the inbox a watcher or scan found ready; a scan says how it looked then.
    case file(RawPath, seen: FileIdentity?)
    /// A file already claimed: resumed at start-up, or waiting to be still again.
    case claim(Claim)

    /// What makes two pieces of work the same while they wait.
    var key: String {
        switch self {
        case .file(let path, _): return "file:" + SafeName.text(of: path.bytes, reversible: true)
        case .claim(let claim): return "claim:" + claim.id
        }
    }
}

/// The work waiting to be done, in arrival order, each file or claim at most once while it waits.
package final class FileQueue: Sendable {
    private let pending = Mutex<Set<String>>([])
    private let continuation: AsyncStream<InboxWork>.Continuation
    /// The work, in the order it was enqueued.
    package let work: AsyncStream<InboxWork>

    package init() {
        (work, continuation) = AsyncStream.makeStream(of: InboxWork.self)
    }

    /// Adds `item` unless the same work is already waiting.
    package func enqueue(_ item: InboxWork) {
        let inserted = pending.withLock { $0.insert(item.key).inserted }
        if inserted { continuation.yield(item) }
    }

    /// Marks `item` as taken, so a later event for it queues it again.
    package func taken(_ item: InboxWork) {
        _ = pending.withLock { $0.remove(item.key) }
    }

    /// Number of pieces of work waiting.
    package var count: Int { pending.withLock { $0.count } }

    /// Ends the stream; the consumer stops after the work already queued, or when cancelled.
    package func finish() {
        continuation.finish()
    }
}
