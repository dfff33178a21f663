import Foundation
import Glibc
import Logging
import Synchronization
@testable import GoalpostService

/// Runs `body` with a fresh empty directory (symlinks resolved) and removes it afterwards.
func withTemporaryDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
    let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
    let directory = base.appendingPathComponent("goalpost-watch-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await body(directory)
}

/// Writes `text` with plain open/write/close (no atomic rename), appending when asked.
func writeInPlace(_ url: URL, _ text: String, append: Bool = false) throws {
    let flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)
    let fd = open(url.path, flags, 0o644)
    guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    guard write(fd, bytes, bytes.count) == bytes.count else { throw POSIXError(.EIO) }
}

/// Polls `condition` every 20 ms until it holds or `timeout` passes; returns whether it held.
///
/// The timeout only bounds how long a broken test hangs: it is far beyond what any condition needs
/// on an idle machine, so a busy one (parallel builds on two cores) cannot fail a test.
func eventually(timeout: Duration = .seconds(90), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}

/// Consumes a watcher's events on a task and keeps them, with the size of each candidate on arrival.
final class EventRecorder: Sendable {
    private final class Box: Sendable {
        let events = Mutex<[(event: WatchEvent, size: Int?, at: ContinuousClock.Instant)]>([])
        let finished = Mutex(false)
    }

    private let box = Box()
    /// The consuming task; cancel it to test cancellation.
    let consumer: Task<Void, Never>

    /// Starts consuming `stream`.
    init(_ stream: AsyncStream<WatchEvent>) {
        let box = self.box
        consumer = Task {
            for await event in stream {
                var size: Int? = nil
                if case .candidate(let url) = event {
                    size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
                }
                box.events.withLock { $0.append((event, size, .now)) }
            }
            box.finished.withLock { $0 = true }
        }
    }

    /// Every event so far.
    var events: [WatchEvent] { box.events.withLock { $0.map(\.event) } }

    /// The last path components of the candidates so far, in order.
    var candidateNames: [String] {
        events.compactMap { if case .candidate(let url) = $0 { url.lastPathComponent } else { nil } }
    }

    /// Sizes seen when each candidate named `name` arrived.
    func sizes(of name: String) -> [Int?] {
        box.events.withLock { events in
            events.compactMap { entry in
                guard case .candidate(let url) = entry.event, url.lastPathComponent == name else { return nil }
                return .some(entry.size)
            }
        }
    }

    /// When the first candidate named `name` arrived.
    func arrival(of name: String) -> ContinuousClock.Instant? {
        box.events.withLock { events in
            events.first { if case .candidate(let url) = $0.event { url.lastPathComponent == name } else { false } }?.at
        }
    }

    /// Whether the stream has finished.
    var isFinished: Bool { box.finished.withLock { $0 } }

    /// Waits until a candidate named `name` has been recorded.
    func waitForCandidate(_ name: String, timeout: Duration = .seconds(90)) async -> Bool {
        await eventually(timeout: timeout) { candidateNames.contains(name) }
    }

    /// Writes `name` in place in `folder` and waits until it is reported.
    ///
    /// Used instead of "sleep, then expect nothing more": a watcher reports settled files in the
    /// order they were first recorded, so once the barrier (recorded last) has arrived, any second
    /// report of a file written before it would have arrived too, however slow the machine.
    func waitForBarrier(in folder: URL, name: String = "barrier.txt") async throws -> Bool {
        try writeInPlace(folder.appendingPathComponent(name), "barrier")
        return await waitForCandidate(name)
    }
}

/// A log handler that keeps messages in memory.
struct MemoryLogHandler: LogHandler {
    /// The shared message store.
    final class Store: Sendable {
        let messages = Mutex<[String]>([])
        var all: [String] { messages.withLock { $0 } }
    }

    let store: Store
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        store.messages.withLock { $0.append("\(event.level) \(event.message)") }
    }
}

/// A logger writing to a fresh in-memory store.
func memoryLogger() -> (Logger, MemoryLogHandler.Store) {
    let store = MemoryLogHandler.Store()
    return (Logger(label: "test.watch") { _ in MemoryLogHandler(store: store) }, store)
}
