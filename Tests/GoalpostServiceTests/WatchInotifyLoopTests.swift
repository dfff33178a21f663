import Foundation
import Glibc
import Logging
import Testing
@testable import GoalpostService

/// Injects events into an ``InotifyLoop`` directly, for cases the kernel cannot be made to produce on demand.
@Suite struct WatchInotifyLoopTests {
    @Test func queueOverflowAsksForAFullScanAndWatchesMissedFolders() async throws {
        try await withTemporaryDirectory { root in
            let fd = inotify_init1(InotifyMask.initFlags)
            try #require(fd >= 0)
            let wake = try WakePipe()
            let (stream, continuation) = AsyncStream.makeStream(of: WatchEvent.self)
            let loop = InotifyLoop(
                fd: fd, rootPath: root.path, wake: wake, continuation: continuation,
                quietPeriod: .zero, ignored: .default, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
            )
            try loop.watchRoot()
            // Created while events were being dropped: its IN_CREATE is never handled.
            let missed = root.appendingPathComponent("missed/deeper", isDirectory: true)
            try FileManager.default.createDirectory(at: missed, withIntermediateDirectories: true)
            loop.handle(InotifyEvent(wd: -1, mask: InotifyMask.queueOverflow, name: ""), now: .now)
            continuation.finish()
            var events: [WatchEvent] = []
            for await event in stream { events.append(event) }
            #expect(events == [.rescan(folder: URL(fileURLWithPath: root.path, isDirectory: true), reason: .overflow)])
            #expect(loop.watchedFolders == [root.path, root.path + "/missed", missed.path])
            close(fd)
            wake.close()
        }
    }
}
