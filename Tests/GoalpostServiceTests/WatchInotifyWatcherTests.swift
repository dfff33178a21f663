import Foundation
import Logging
import Testing
@testable import GoalpostService

/// Drives an ``InotifyWatcher`` with real file operations in a temporary directory.
@Suite struct WatchInotifyWatcherTests {
    let logger = Logger(label: "test.inotify") { _ in SwiftLogNoOpLogHandler() }

    func withWatcher(
        quietPeriod: Duration, _ body: (URL, InotifyWatcher, EventRecorder) async throws -> Void
    ) async throws {
        try await withTemporaryDirectory { root in
            let watcher = try InotifyWatcher(root: root, quietPeriod: quietPeriod, logger: logger)
            let recorder = EventRecorder(watcher.events)
            defer { watcher.stop() }
            try await body(root, watcher, recorder)
        }
    }

    @Test func fileWrittenInPlaceIsReportedOnceAfterTheQuietPeriod() async throws {
        try await withWatcher(quietPeriod: .milliseconds(200)) { root, _, recorder in
            // Taken before the write, so a slow test thread cannot shorten the measured wait: only a
            // lower bound is checked, and load only makes the real wait longer.
            let beforeWrite = ContinuousClock.now
            try writeInPlace(root.appendingPathComponent("a.txt"), "报告")
            #expect(await recorder.waitForCandidate("a.txt"))
            let arrival = try #require(recorder.arrival(of: "a.txt"))
            #expect(beforeWrite.duration(to: arrival) >= .milliseconds(200))
            #expect(try await recorder.waitForBarrier(in: root))
            #expect(recorder.candidateNames == ["a.txt", "barrier.txt"])
            #expect(recorder.events == [.candidate(root.appendingPathComponent("a.txt")), .candidate(root.appendingPathComponent("barrier.txt"))])
        }
    }

    @Test func fileWrittenInChunksWithShortPausesIsReportedOnceComplete() async throws {
        // Writing takes longer than the quiet period; each pause is far shorter than it, so a
        // loaded machine (parallel builds) cannot stretch a pause past it.
        try await withWatcher(quietPeriod: .milliseconds(1500)) { root, _, recorder in
            let file = root.appendingPathComponent("chunks.txt")
            for chunk in 0..<40 {
                try writeInPlace(file, String(repeating: "\(chunk % 10)", count: 100), append: chunk > 0)
                // The writer pauses, closed, then reopens. A blocking sleep: Task.sleep can oversleep
                // by seconds when other suites' blocking tests hold the two pool threads.
                usleep(50_000)
            }
            #expect(await recorder.waitForCandidate("chunks.txt"))
            #expect(try await recorder.waitForBarrier(in: root))
            #expect(recorder.sizes(of: "chunks.txt") == [4000])
        }
    }

    @Test func atomicRenameIsReportedAtOnce() async throws {
        // A quiet period far beyond the wait proves the rename does not wait for it.
        try await withWatcher(quietPeriod: .seconds(60)) { root, _, recorder in
            try await withTemporaryDirectory { outside in
                let staged = outside.appendingPathComponent("moved.txt")
                try writeInPlace(staged, "complete")
                try FileManager.default.moveItem(at: staged, to: root.appendingPathComponent("moved.txt"))
                #expect(await recorder.waitForCandidate("moved.txt"))
                #expect(recorder.sizes(of: "moved.txt") == [8])
            }
        }
    }

    @Test func fileInANewSubFolderIsReported() async throws {
        try await withWatcher(quietPeriod: .milliseconds(100)) { root, _, recorder in
            let deep = root.appendingPathComponent("linan/2023", isDirectory: true)
            try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
            try writeInPlace(deep.appendingPathComponent("first.txt"), "one")
            #expect(await recorder.waitForCandidate("first.txt"))
            try writeInPlace(deep.appendingPathComponent("second.txt"), "two")
            #expect(await recorder.waitForCandidate("second.txt"))
            #expect(try await recorder.waitForBarrier(in: deep))
            #expect(recorder.candidateNames == ["first.txt", "second.txt", "barrier.txt"])
        }
    }

    @Test func subFolderMovedInWithFilesHasThemReportedAtOnce() async throws {
        try await withWatcher(quietPeriod: .seconds(60)) { root, _, recorder in
            try await withTemporaryDirectory { outside in
                let folder = outside.appendingPathComponent("hangzhou", isDirectory: true)
                let nested = folder.appendingPathComponent("q1", isDirectory: true)
                try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
                try writeInPlace(folder.appendingPathComponent("a.txt"), "a")
                try writeInPlace(nested.appendingPathComponent("b.txt"), "b")
                try writeInPlace(nested.appendingPathComponent("~$b.docx"), "lock")
                try FileManager.default.moveItem(at: folder, to: root.appendingPathComponent("hangzhou"))
                #expect(await eventually { recorder.candidateNames.count >= 2 })
                #expect(recorder.candidateNames.sorted() == ["a.txt", "b.txt"])
                // The moved-in folders are watched too.
                try FileManager.default.moveItem(
                    at: root.appendingPathComponent("hangzhou/a.txt"),
                    to: root.appendingPathComponent("hangzhou/q1/c.txt"))
                #expect(await recorder.waitForCandidate("c.txt"))
            }
        }
    }

    @Test func burstOfMovedFilesIsReportedCompletely() async throws {
        try await withWatcher(quietPeriod: .seconds(60)) { root, _, recorder in
            try await withTemporaryDirectory { outside in
                for index in 0..<500 {
                    let staged = outside.appendingPathComponent("burst-\(index).txt")
                    try writeInPlace(staged, "\(index)")
                    try FileManager.default.moveItem(at: staged, to: root.appendingPathComponent(staged.lastPathComponent))
                }
                #expect(await eventually { recorder.candidateNames.count >= 500 })
                #expect(recorder.candidateNames == (0..<500).map { "burst-\($0).txt" })
            }
        }
    }

    @Test func ignoredNamesAreNeverReported() async throws {
        try await withWatcher(quietPeriod: .milliseconds(50)) { root, _, recorder in
            for name in [".hidden", "~$report.docx", ".~lock.report.xlsx#", "~WRL0001.tmp", "x.tmp",
                         "x.part", "x.crdownload", ".x.swp", "report.txt.error.txt"] {
                try writeInPlace(root.appendingPathComponent(name), "noise")
            }
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(".cache"), withIntermediateDirectories: true)
            try writeInPlace(root.appendingPathComponent(".cache/inside.txt"), "noise")
            try writeInPlace(root.appendingPathComponent("real.txt"), "report")
            #expect(await recorder.waitForCandidate("real.txt"))
            #expect(recorder.candidateNames == ["real.txt"])
        }
    }

    @Test func fileDeletedBeforeItSettlesIsNotReported() async throws {
        try await withWatcher(quietPeriod: .milliseconds(200)) { root, _, recorder in
            let doomed = root.appendingPathComponent("doomed.txt")
            try writeInPlace(doomed, "x")
            try FileManager.default.removeItem(at: doomed)
            try writeInPlace(root.appendingPathComponent("kept.txt"), "y")
            #expect(await recorder.waitForCandidate("kept.txt"))
            #expect(recorder.candidateNames == ["kept.txt"])
        }
    }

    @Test func zeroQuietPeriodReportsAtTheFirstClose() async throws {
        try await withWatcher(quietPeriod: .zero) { root, _, recorder in
            try writeInPlace(root.appendingPathComponent("now.txt"), "x")
            #expect(await recorder.waitForCandidate("now.txt"))
        }
    }

    @Test func stopEndsTheStreamAndTheThread() async throws {
        try await withWatcher(quietPeriod: .seconds(60)) { root, watcher, recorder in
            try writeInPlace(root.appendingPathComponent("pending.txt"), "x")  // keeps a poll timeout armed
            #expect(watcher.isRunning)
            watcher.stop()
            #expect(await eventually { recorder.isFinished && !watcher.isRunning })
            await watcher.waitUntilStopped()
            watcher.stop()  // idempotent
        }
    }

    @Test func cancellingTheConsumerStopsTheThread() async throws {
        try await withWatcher(quietPeriod: .milliseconds(100)) { _, watcher, recorder in
            recorder.consumer.cancel()
            #expect(await eventually { recorder.isFinished && !watcher.isRunning })
        }
    }

    @Test func rootGivenAsASymbolicLinkIsWatched() async throws {
        try await withTemporaryDirectory { home in
            let real = home.appendingPathComponent("real", isDirectory: true)
            try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
            let link = home.appendingPathComponent("inbox")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
            let watcher = try InotifyWatcher(root: link, quietPeriod: .zero, logger: logger)
            defer { watcher.stop() }
            let recorder = EventRecorder(watcher.events)
            try writeInPlace(real.appendingPathComponent("a.txt"), "x")
            #expect(await recorder.waitForCandidate("a.txt"))
            #expect(recorder.events == [.candidate(link.appendingPathComponent("a.txt"))])
        }
    }

    @Test func releasingTheWatcherStopsItsThread() async throws {
        try await withTemporaryDirectory { root in
            var watcher: InotifyWatcher? = try InotifyWatcher(root: root, logger: logger)
            let recorder = EventRecorder(watcher!.events)
            watcher = nil
            #expect(await eventually { recorder.isFinished })
        }
    }

    @Test func missingRootIsReportedAsAnError() throws {
        #expect(throws: WatchError.self) {
            _ = try InotifyWatcher(root: URL(fileURLWithPath: "/no/such/inbox"), logger: logger)
        }
    }
}
