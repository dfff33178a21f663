import Foundation
import Logging
import Testing
@testable import GoalpostService

/// Prints event latencies; not a timed test (it asserts nothing about time) and off by default.
///
/// Run: `GOALPOST_WATCH_BENCH=1 swift test --filter WatchLatencyBenchmark`
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GOALPOST_WATCH_BENCH"] != nil))
struct WatchLatencyBenchmark {
    let logger = Logger(label: "bench.watch") { _ in SwiftLogNoOpLogHandler() }

    @Test func renameAndInPlaceLatency() async throws {
        try await withTemporaryDirectory { base in
            let inbox = base.appendingPathComponent("inbox"), staging = base.appendingPathComponent("staging")
            for folder in [inbox, staging] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            let watcher = try InotifyWatcher(root: inbox, quietPeriod: .milliseconds(300), logger: logger)
            defer { watcher.stop() }
            var events = watcher.events.makeAsyncIterator()
            var renames: [Duration] = [], writes: [Duration] = []
            for index in 0..<50 {
                let staged = staging.appendingPathComponent("r\(index).txt")
                try writeInPlace(staged, "report \(index)")
                let start = ContinuousClock.now
                try FileManager.default.moveItem(at: staged, to: inbox.appendingPathComponent("r\(index).txt"))
                _ = await events.next()
                renames.append(start.duration(to: .now))
            }
            for index in 0..<10 {
                try writeInPlace(inbox.appendingPathComponent("w\(index).txt"), "report \(index)")
                let start = ContinuousClock.now
                _ = await events.next()
                writes.append(start.duration(to: .now))
            }
            print("watch latency: rename \(summary(renames)); in-place write, quiet 300 ms: \(summary(writes))")
        }
    }

    @Test func pollingLatency() async throws {
        try await withTemporaryDirectory { inbox in
            let watcher = try PollingWatcher(root: inbox, interval: .milliseconds(500), logger: logger)
            defer { watcher.stop() }
            var events = watcher.events.makeAsyncIterator()
            var drops: [Duration] = []
            for index in 0..<6 {
                try writeInPlace(inbox.appendingPathComponent("p\(index).txt"), "report \(index)")
                let start = ContinuousClock.now
                _ = await events.next()
                drops.append(start.duration(to: .now))
            }
            print("watch latency: polling every 500 ms: \(summary(drops))")
        }
    }

    func summary(_ samples: [Duration]) -> String {
        let sorted = samples.sorted()
        let milliseconds = { (d: Duration) in String(format: "%.2f ms", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000) }
        return "median \(milliseconds(sorted[sorted.count / 2])), worst \(milliseconds(sorted.last!)) over \(sorted.count)"
    }
}
