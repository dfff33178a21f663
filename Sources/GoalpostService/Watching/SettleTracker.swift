/// Files written in place that wait for a quiet period before they are reported.
///
/// Pure state, driven by explicit instants: the inotify thread records a path at `IN_CLOSE_WRITE`,
/// extends it on further modification, and asks which paths are ``due(at:)`` when its `poll()`
/// timeout (``nextDeadline``) expires. A quiet period of zero makes a recorded path due at once.
package struct SettleTracker: Sendable {
    /// How long a file must stay unmodified after its last close before it is reported.
    package let quietPeriod: Duration
    private var pending: [String: Entry] = [:]
    private var sequence = 0

    private struct Entry: Sendable {
        var deadline: ContinuousClock.Instant
        var order: Int
    }

    /// Creates an empty tracker.
    package init(quietPeriod: Duration) {
        self.quietPeriod = max(quietPeriod, .zero)
    }

    /// Paths waiting for their quiet period to pass.
    package var pendingPaths: Set<String> { Set(pending.keys) }

    /// The earliest instant at which a path becomes due, or nil when nothing is pending.
    package var nextDeadline: ContinuousClock.Instant? {
        pending.values.map(\.deadline).min()
    }

    /// Records that `path` was written and closed at `instant`; restarts its quiet period.
    package mutating func record(_ path: String, at instant: ContinuousClock.Instant) {
        let order = pending[path]?.order ?? nextOrder()
        pending[path] = Entry(deadline: instant + quietPeriod, order: order)
    }

    /// Records a further modification: restarts the quiet period only if `path` is already pending.
    package mutating func touch(_ path: String, at instant: ContinuousClock.Instant) {
        guard pending[path] != nil else { return }
        pending[path]?.deadline = instant + quietPeriod
    }

    /// Drops `path` (deleted, moved away, or reported by another route).
    package mutating func forget(_ path: String) {
        pending[path] = nil
    }

    /// Drops every pending path inside `folder`.
    package mutating func forget(under folder: String) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        pending = pending.filter { !$0.key.hasPrefix(prefix) }
    }

    /// Removes and returns the paths whose quiet period has passed at `instant`, in the order first recorded.
    package mutating func due(at instant: ContinuousClock.Instant) -> [String] {
        let ready = pending.filter { $0.value.deadline <= instant }
        for path in ready.keys { pending[path] = nil }
        return ready.sorted { $0.value.order < $1.value.order }.map(\.key)
    }

    private mutating func nextOrder() -> Int {
        sequence += 1
        return sequence
    }
}
