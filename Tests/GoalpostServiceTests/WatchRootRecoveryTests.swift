import Foundation
import Logging
import Testing
@testable import GoalpostService

/// An ``InotifyWatcher`` whose root (or a sub-folder) is removed and comes back, with real file operations.
@Suite struct WatchRootRecoveryTests {
    let files = FileManager.default

    /// Watches `HOME/<inboxPath>` (created first) and passes the home, the inbox, the watcher, its events and its log.
    func withInbox(
        at inboxPath: String = "inbox", quietPeriod: Duration = .milliseconds(50),
        _ body: (URL, URL, InotifyWatcher, EventRecorder, MemoryLogHandler.Store) async throws -> Void
    ) async throws {
        let (logger, log) = memoryLogger()
        try await withTemporaryDirectory { home in
            let inbox = home.appendingPathComponent(inboxPath, isDirectory: true)
            try files.createDirectory(at: inbox, withIntermediateDirectories: true)
            let watcher = try InotifyWatcher(root: inbox, quietPeriod: quietPeriod, logger: logger)
            defer { watcher.stop() }
            let recorder = EventRecorder(watcher.events)
            try await body(home, inbox, watcher, recorder, log)
        }
    }

    /// Removes the inbox and waits until the watcher says that it is missing.
    func removeAndAwaitMissing(_ inbox: URL, _ watcher: InotifyWatcher) async throws -> Bool {
        try files.removeItem(at: inbox)
        return await eventually { watcher.health == .rootMissing }
    }

    /// Log lines starting with `prefix`.
    func lines(_ log: MemoryLogHandler.Store, _ prefix: String) -> [String] {
        log.all.filter { $0.hasPrefix(prefix) }
    }

    @Test func removedAndReCreatedRootIsWatchedAgain() async throws {
        try await withInbox { _, inbox, watcher, recorder, log in
            #expect(try await removeAndAwaitMissing(inbox, watcher))
            #expect(watcher.statusText == "inotify (inbox missing)")
            #expect(await eventually { recorder.events.contains(.rescan(folder: watcher.root, reason: .watchFailure)) })
            #expect(lines(log, "warning inbox missing").count == 1)
            try files.createDirectory(at: inbox, withIntermediateDirectories: false)
            try writeInPlace(inbox.appendingPathComponent("a.txt"), "report")
            #expect(await recorder.waitForCandidate("a.txt"))
            #expect(watcher.health == .watching)
            #expect(await eventually { recorder.events.contains(.rescan(folder: watcher.root, reason: .rootRestored)) })
            #expect(lines(log, "info inbox re-created; watching it again").count == 1)
        }
    }

    @Test func rootRemovedTwoLevelsDeepIsWatchedAgain() async throws {
        try await withInbox(at: "a/b/inbox") { home, inbox, watcher, recorder, log in
            try files.removeItem(at: home.appendingPathComponent("a"))
            #expect(await eventually { watcher.health == .rootMissing })
            // One level at a time, as a person (or a restore script) would.
            try files.createDirectory(at: home.appendingPathComponent("a"), withIntermediateDirectories: false)
            try files.createDirectory(at: home.appendingPathComponent("a/b"), withIntermediateDirectories: false)
            try files.createDirectory(at: inbox, withIntermediateDirectories: false)
            try writeInPlace(inbox.appendingPathComponent("a.txt"), "report")
            #expect(await recorder.waitForCandidate("a.txt"))
            // Its new sub-folders are watched too.
            try files.createDirectory(at: inbox.appendingPathComponent("linan"), withIntermediateDirectories: false)
            try writeInPlace(inbox.appendingPathComponent("linan/b.txt"), "report")
            #expect(await recorder.waitForCandidate("b.txt"))
            #expect(lines(log, "warning inbox missing").count == 1)
        }
    }

    @Test func filesOfARootMovedBackIntoPlaceAreReportedAtOnce() async throws {
        // A quiet period far beyond the wait proves the files of a folder renamed into place do not wait for it.
        try await withInbox(quietPeriod: .seconds(60)) { home, inbox, watcher, recorder, _ in
            #expect(try await removeAndAwaitMissing(inbox, watcher))
            let staged = home.appendingPathComponent("staged", isDirectory: true)
            try files.createDirectory(at: staged.appendingPathComponent("linan"), withIntermediateDirectories: true)
            try writeInPlace(staged.appendingPathComponent("a.txt"), "a")
            try writeInPlace(staged.appendingPathComponent("linan/b.txt"), "b")
            try files.moveItem(at: staged, to: inbox)
            #expect(await eventually { recorder.candidateNames.count >= 2 })
            #expect(recorder.candidateNames.sorted() == ["a.txt", "b.txt"])
        }
    }

    @Test func rootMovedAwayIsWatchedAgainWhereItWas() async throws {
        try await withInbox { home, inbox, watcher, recorder, _ in
            let away = home.appendingPathComponent("away", isDirectory: true)
            try files.moveItem(at: inbox, to: away)
            #expect(await eventually { watcher.health == .rootMissing })
            try writeInPlace(away.appendingPathComponent("gone.txt"), "not in the inbox any more")
            try files.createDirectory(at: inbox, withIntermediateDirectories: false)
            #expect(try await recorder.waitForBarrier(in: inbox))
            #expect(recorder.candidateNames == ["barrier.txt"])
        }
    }

    @Test func rootReplacedByAFileIsWatchedAgainOnceAFolder() async throws {
        try await withInbox { home, inbox, watcher, recorder, log in
            try files.removeItem(at: inbox)
            try writeInPlace(inbox, "a file where the inbox was")
            #expect(await eventually { watcher.health == .rootMissing })
            try writeInPlace(home.appendingPathComponent("other.txt"), "noise next to the inbox")
            try files.removeItem(at: inbox)
            try files.createDirectory(at: inbox, withIntermediateDirectories: false)
            try writeInPlace(inbox.appendingPathComponent("a.txt"), "report")
            #expect(await recorder.waitForCandidate("a.txt"))
            #expect(lines(log, "warning inbox missing").count == 1)
        }
    }

    @Test func rootReCreatedAsASymbolicLinkIsWatchedThroughIt() async throws {
        try await withInbox { home, inbox, watcher, recorder, _ in
            #expect(try await removeAndAwaitMissing(inbox, watcher))
            let real = home.appendingPathComponent("real", isDirectory: true)
            try files.createDirectory(at: real, withIntermediateDirectories: false)
            try writeInPlace(real.appendingPathComponent("early.txt"), "there before the link")
            try files.createSymbolicLink(at: inbox, withDestinationURL: real)
            #expect(await recorder.waitForCandidate("early.txt"))
            try writeInPlace(real.appendingPathComponent("late.txt"), "written through the link's target")
            #expect(await recorder.waitForCandidate("late.txt"))
            #expect(recorder.events.contains(.candidate(inbox.appendingPathComponent("late.txt"))))
        }
    }

    @Test func rootReCreatedAsADanglingLinkIsWatchedOnceItsTargetExists() async throws {
        // The target's creation sends no event to the inbox's parent: a retry finds it (seconds),
        // unless the link's own IN_CREATE happens to be handled after the target exists.
        try await withInbox { home, inbox, watcher, recorder, _ in
            try files.removeItem(at: inbox)
            let real = home.appendingPathComponent("real", isDirectory: true)
            try files.createSymbolicLink(at: inbox, withDestinationURL: real)
            #expect(await eventually { watcher.health == .rootMissing })
            try files.createDirectory(at: real, withIntermediateDirectories: false)
            #expect(await eventually { watcher.health == .watching })
            try writeInPlace(real.appendingPathComponent("a.txt"), "report")
            #expect(await recorder.waitForCandidate("a.txt"))
        }
    }

    @Test func subFolderRemovedAndReCreatedIsWatchedAgain() async throws {
        try await withInbox { _, inbox, watcher, recorder, _ in
            let folder = inbox.appendingPathComponent("linan", isDirectory: true)
            try files.createDirectory(at: folder, withIntermediateDirectories: false)
            try writeInPlace(folder.appendingPathComponent("first.txt"), "one")
            #expect(await recorder.waitForCandidate("first.txt"))
            try files.removeItem(at: folder)
            try files.createDirectory(at: folder, withIntermediateDirectories: false)
            try writeInPlace(folder.appendingPathComponent("second.txt"), "two")
            #expect(await recorder.waitForCandidate("second.txt"))
            #expect(watcher.health == .watching)
            #expect(!recorder.events.contains { if case .rescan = $0 { true } else { false } })
        }
    }
}
