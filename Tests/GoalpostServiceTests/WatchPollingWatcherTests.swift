import Foundation
import Logging
import Testing
@testable import GoalpostService

/// Drives a ``PollingWatcher`` with explicit scans (``PollingWatcher/scanNow()``) and, once, with its timer.
@Suite struct WatchPollingWatcherTests {
    let logger = Logger(label: "test.polling") { _ in SwiftLogNoOpLogHandler() }

    func withWatcher(
        interval: Duration = .seconds(3600), _ body: (URL, PollingWatcher, EventRecorder) async throws -> Void
    ) async throws {
        try await withTemporaryDirectory { root in
            let watcher = try PollingWatcher(root: root, interval: interval, logger: logger)
            let recorder = EventRecorder(watcher.events)
            defer { watcher.stop() }
            try await body(root, watcher, recorder)
        }
    }

    @Test func stableFileIsReportedOnceAfterTwoLooks() async throws {
        try await withWatcher { root, watcher, recorder in
            try writeInPlace(root.appendingPathComponent("a.txt"), "report")
            await watcher.scanNow()
            #expect(recorder.candidateNames.isEmpty)
            await watcher.scanNow()
            #expect(await recorder.waitForCandidate("a.txt"))
            await watcher.scanNow()
            await watcher.scanNow()
            #expect(recorder.candidateNames == ["a.txt"])
        }
    }

    @Test func growingFileIsReportedOnlyOnceItStopsGrowing() async throws {
        try await withWatcher { root, watcher, recorder in
            let file = root.appendingPathComponent("growing.txt")
            for chunk in 0..<4 {
                try writeInPlace(file, "chunk \(chunk);", append: chunk > 0)
                await watcher.scanNow()
            }
            #expect(recorder.candidateNames.isEmpty)
            await watcher.scanNow()
            #expect(await recorder.waitForCandidate("growing.txt"))
            #expect(recorder.sizes(of: "growing.txt") == [32])
        }
    }

    @Test func changedFileIsReportedAgainAndIgnoredNamesNever() async throws {
        try await withWatcher { root, watcher, recorder in
            let file = root.appendingPathComponent("a.txt")
            try writeInPlace(file, "v1")
            try writeInPlace(root.appendingPathComponent("~$a.docx"), "lock")
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try writeInPlace(root.appendingPathComponent("sub/b.txt"), "b")
            await watcher.scanNow()
            await watcher.scanNow()
            #expect(await eventually { recorder.candidateNames.count == 2 })
            try writeInPlace(file, "version 2")
            await watcher.scanNow()
            await watcher.scanNow()
            #expect(await eventually { recorder.candidateNames.count == 3 })
            #expect(recorder.candidateNames == ["a.txt", "b.txt", "a.txt"])
        }
    }

    @Test func filesPresentAtStartAreLeftToTheStartupScan() async throws {
        try await withTemporaryDirectory { root in
            try writeInPlace(root.appendingPathComponent("old.txt"), "old")
            let watcher = try PollingWatcher(root: root, interval: .seconds(3600), logger: logger)
            let recorder = EventRecorder(watcher.events)
            defer { watcher.stop() }
            await watcher.scanNow()
            await watcher.scanNow()
            #expect(recorder.candidateNames.isEmpty)
        }
    }

    @Test func timerDrivenScansReportAStableFile() async throws {
        try await withWatcher(interval: .milliseconds(50)) { root, _, recorder in
            try writeInPlace(root.appendingPathComponent("timed.txt"), "x")
            #expect(await recorder.waitForCandidate("timed.txt"))
        }
    }

    @Test func removedAndReCreatedRootIsScannedAgain() async throws {
        let (logger, log) = memoryLogger()
        try await withTemporaryDirectory { home in
            let inbox = home.appendingPathComponent("inbox", isDirectory: true)
            try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: false)
            let watcher = try PollingWatcher(root: inbox, interval: .seconds(3600), logger: logger)
            let recorder = EventRecorder(watcher.events)
            defer { watcher.stop() }
            try writeInPlace(inbox.appendingPathComponent("a.txt"), "report")
            await watcher.scanNow()
            await watcher.scanNow()
            #expect(await recorder.waitForCandidate("a.txt"))
            let saved = home.appendingPathComponent("saved", isDirectory: true)
            try FileManager.default.moveItem(at: inbox, to: saved)
            await watcher.scanNow()
            await watcher.scanNow()
            #expect(watcher.health == .rootMissing)
            #expect(watcher.statusText == "polling (inbox missing)")
            #expect(log.all.filter { $0.hasPrefix("warning inbox missing") }.count == 1)
            // The same folder, same file and signature, comes back: its file is new again.
            try FileManager.default.moveItem(at: saved, to: inbox)
            await watcher.scanNow()
            await watcher.scanNow()
            #expect(await eventually { recorder.candidateNames == ["a.txt", "a.txt"] })
            #expect(watcher.health == .watching)
            let root = watcher.root
            #expect(recorder.events.filter { if case .rescan = $0 { true } else { false } } == [
                .rescan(folder: root, reason: .watchFailure), .rescan(folder: root, reason: .rootRestored),
            ])
        }
    }

    @Test func stopEndsTheStreamTheThreadAndPendingScanRequests() async throws {
        try await withWatcher { _, watcher, recorder in
            watcher.stop()
            #expect(await eventually { recorder.isFinished && !watcher.isRunning })
            await watcher.scanNow()  // returns at once after stop
            await watcher.waitUntilStopped()
        }
    }
}
