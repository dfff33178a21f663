import Foundation
import Testing
@testable import GoalpostService

@Suite struct WatchFactoryTests {
    @Test func localFolderGetsInotifyAndTheChoiceIsLogged() async throws {
        try await withTemporaryDirectory { root in
            let (logger, log) = memoryLogger()
            let watcher = try makeFolderWatcher(root: root, logger: logger)
            defer { watcher.stop() }
            #expect(watcher is InotifyWatcher)
            #expect(log.all.contains { $0.hasPrefix("info watching with inotify") })
        }
    }

    @Test func forcedPollingGetsThePollingWatcher() async throws {
        try await withTemporaryDirectory { root in
            let (logger, log) = memoryLogger()
            let watcher = try makeFolderWatcher(root: root, forcePolling: true, logger: logger)
            defer { watcher.stop() }
            #expect(watcher is PollingWatcher)
            #expect(log.all.contains { $0.hasPrefix("info watching by polling") })
        }
    }

    @Test func missingRootThrowsARemedy() {
        let (logger, _) = memoryLogger()
        do {
            _ = try makeFolderWatcher(root: URL(fileURLWithPath: "/no/such/inbox"), logger: logger)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("'/no/such/inbox'"))
            #expect(error.description.contains("create the folder"))
        }
    }
}
