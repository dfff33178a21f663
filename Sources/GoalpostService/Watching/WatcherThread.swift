import Foundation

/// What a watcher shares with its dedicated thread: the events stream, the wake-up pipe and the
/// signal that the thread has exited. One place for starting, stopping and awaiting the thread.
final class WatcherThread: Sendable {
    /// The events the thread yields; finishing them (or cancelling the consumer) wakes the thread to exit.
    let events: AsyncStream<WatchEvent>
    /// Where the thread yields events.
    let continuation: AsyncStream<WatchEvent>.Continuation
    /// The pipe the thread polls besides its work, to be woken for a stop or a scan.
    let wake: WakePipe
    /// Closed by the thread when it has exited and released its descriptors.
    let stopped = WaiterList()

    init(wake: WakePipe) {
        self.wake = wake
        (events, continuation) = AsyncStream.makeStream(of: WatchEvent.self)
        continuation.onTermination = { _ in wake.send(.stop) }
    }

    /// Starts a thread named `name` running `body`, which closes the list it is given when it exits.
    func start(name: String, _ body: @escaping @Sendable (WaiterList) -> Void) {
        let stopped = self.stopped
        let thread = Thread { body(stopped) }
        thread.name = name
        thread.start()
    }

    /// Finishes ``events`` and wakes the thread so it exits; returns at once, idempotent.
    func stop() {
        continuation.finish()
        wake.send(.stop)
    }

    /// Returns once the thread has exited.
    func waitUntilStopped() async {
        await stopped.wait()
    }

    /// Whether the thread is still running.
    var isRunning: Bool { !stopped.isClosed }
}
