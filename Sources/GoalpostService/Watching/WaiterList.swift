import Synchronization

/// Tasks suspended until a watcher thread reaches some point (a scan finished, the thread exited).
final class WaiterList: Sendable {
    private struct State {
        var closed = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Whether ``close()`` was called.
    var isClosed: Bool { state.withLock { $0.closed } }

    /// Adds a waiter; returns false (and keeps nothing) when the list is already closed.
    func enqueue(_ waiter: CheckedContinuation<Void, Never>) -> Bool {
        state.withLock { state in
            guard !state.closed else { return false }
            state.waiters.append(waiter)
            return true
        }
    }

    /// Removes and returns the current waiters, for the caller to resume later.
    func takeAll() -> [CheckedContinuation<Void, Never>] {
        state.withLock { state in
            defer { state.waiters = [] }
            return state.waiters
        }
    }

    /// Closes the list and resumes every waiter; later ``wait()`` calls return at once.
    func close() {
        let waiting = state.withLock { state in
            state.closed = true
            defer { state.waiters = [] }
            return state.waiters
        }
        waiting.forEach { $0.resume() }
    }

    /// Suspends until ``close()``.
    func wait() async {
        await withCheckedContinuation { waiter in
            if !enqueue(waiter) { waiter.resume() }
        }
    }
}
