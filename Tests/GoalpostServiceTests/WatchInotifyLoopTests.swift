import Foundation
import Glibc
import Logging
import Testing
@testable import GoalpostService

/// Injects events into an ``InotifyLoop`` directly, for cases the kernel cannot be made to produce on demand
/// or whose steps a test wants to see one at a time.
@Suite struct WatchInotifyLoopTests {
    /// A loop watching `root` (not running: the test calls `handle`), its events once finished, and cleanup.
    func withLoop(
        root: URL, _ body: (InotifyLoop) throws -> Void
    ) async throws -> [WatchEvent] {
        let fd = inotify_init1(InotifyMask.initFlags)
        try #require(fd >= 0)
        let wake = try WakePipe()
        defer {
            close(fd)
            wake.close()
        }
        let (stream, continuation) = AsyncStream.makeStream(of: WatchEvent.self)
        let loop = InotifyLoop(
            fd: fd, rootPath: root.path, wake: wake, continuation: continuation,
            quietPeriod: .zero, ignored: .default, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        )
        try loop.watchRoot()
        try body(loop)
        continuation.finish()
        var events: [WatchEvent] = []
        for await event in stream { events.append(event) }
        return events
    }

    @Test func queueOverflowAsksForAFullScanAndWatchesMissedFolders() async throws {
        try await withTemporaryDirectory { root in
            let missed = root.appendingPathComponent("missed/deeper", isDirectory: true)
            var watched: Set<String> = []
            let events = try await withLoop(root: root) { loop in
                // Created while events were being dropped: its IN_CREATE is never handled.
                try FileManager.default.createDirectory(at: missed, withIntermediateDirectories: true)
                loop.handle(InotifyEvent(wd: -1, mask: InotifyMask.queueOverflow, name: ""), now: .now)
                watched = loop.watchedFolders
            }
            #expect(events == [.rescan(folder: URL(fileURLWithPath: root.path, isDirectory: true), reason: .overflow)])
            #expect(watched == [root.path, root.path + "/missed", missed.path])
        }
    }

    @Test func rootRemovedTwoLevelsDeepIsAwaitedOneLevelAtATime() async throws {
        try await withTemporaryDirectory { home in
            let inbox = home.appendingPathComponent("a/b/inbox", isDirectory: true)
            try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
            let events = try await withLoop(root: inbox) { loop in
                try loop.removeRoot(home.appendingPathComponent("a"), event: InotifyMask.deleteSelf)
                #expect(loop.awaitedAncestry == RootAncestry(folder: home.path, next: "a"))
                #expect(loop.health.current == .rootMissing)
                #expect(loop.watchedFolders.isEmpty)

                try FileManager.default.createDirectory(at: home.appendingPathComponent("a"), withIntermediateDirectories: false)
                try loop.handleCreation(of: "a")
                #expect(loop.awaitedAncestry == RootAncestry(folder: home.path + "/a", next: "b"))

                try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
                try writeInPlace(inbox.appendingPathComponent("x.txt"), "x")
                try loop.handleCreation(of: "b")
                #expect(loop.awaitedAncestry == nil)
                #expect(loop.watchedFolders == [inbox.path])
                #expect(loop.health.current == .watching)
                #expect(loop.settle.pendingPaths == [inbox.path + "/x.txt"])
            }
            let root = URL(fileURLWithPath: inbox.path, isDirectory: true)
            #expect(events == [.rescan(folder: root, reason: .watchFailure), .rescan(folder: root, reason: .rootRestored)])
        }
    }

    @Test func unrelatedEntriesNextToAMissingRootAreIgnored() async throws {
        try await withTemporaryDirectory { home in
            let inbox = home.appendingPathComponent("inbox", isDirectory: true)
            try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
            let events = try await withLoop(root: inbox) { loop in
                try loop.removeRoot(inbox, event: InotifyMask.ignored)
                try FileManager.default.createDirectory(at: home.appendingPathComponent("inbox2"), withIntermediateDirectories: false)
                try loop.handleCreation(of: "inbox2")
                #expect(loop.awaitedAncestry == RootAncestry(folder: home.path, next: "inbox"))
            }
            #expect(events == [.rescan(folder: URL(fileURLWithPath: inbox.path, isDirectory: true), reason: .watchFailure)])
        }
    }
}

/// A failed precondition inside a test body.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension InotifyLoop {
    /// The ancestor watched for the root's return, if any.
    var awaitedAncestry: RootAncestry? {
        if case .awaited(_, let ancestry) = root { ancestry } else { nil }
    }

    /// Removes `folder` (the root or one above it) and hands the loop the event `mask` on the root's watch.
    func removeRoot(_ folder: URL, event mask: UInt32) throws {
        guard case .watched(let wd) = root else { throw TestFailure("root not watched") }
        try FileManager.default.removeItem(at: folder)
        handle(InotifyEvent(wd: wd, mask: mask, name: ""), now: .now)
    }

    /// Hands the loop the IN_CREATE (of a folder) that the kernel sends to the awaited ancestor.
    func handleCreation(of name: String) throws {
        guard case .awaited(let wd, _) = root else { throw TestFailure("no ancestor awaited") }
        handle(InotifyEvent(wd: wd, mask: InotifyMask.create | InotifyMask.isDirectory, name: name), now: .now)
    }
}
