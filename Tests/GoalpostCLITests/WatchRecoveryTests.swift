import Foundation
import Testing

/// A real goalpostd whose inbox is removed and re-created while it runs.
@Suite(.serialized) struct WatchRecoveryTests {
    static var sample: URL { CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt") }

    /// The status file's inode: the daemon replaces the file (write + rename) after every scan.
    static func statusFileIdentity(home: URL) -> Int? {
        let path = home.appendingPathComponent("goalpostd.status.json").path
        return (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber]) as? Int
    }

    @Test func reCreatedInboxIsWatchedAgainAtOnce() throws {
        try withTemporaryDirectory { home throws in
            // No reconcile scan within the test: only the watcher can find the file.
            let daemon = try DaemonProcess(home: home, options: ["--reconcile-interval": "3600"])
            try daemon.waitUntilReady()
            let before = Self.statusFileIdentity(home: home)
            try FileManager.default.removeItem(at: daemon.inbox)
            // The watcher asks for a scan when the inbox goes: wait for it, so the file below
            // cannot be found by that scan instead of by the watcher.
            try waitUntil("scan after the inbox went") { Self.statusFileIdentity(home: home) != before }
            try FileManager.default.createDirectory(at: daemon.inbox, withIntermediateDirectories: false)
            let staged = home.appendingPathComponent("staged.txt")
            try FileManager.default.copyItem(at: Self.sample, to: staged)
            try FileManager.default.moveItem(at: staged, to: daemon.inbox.appendingPathComponent("linan.txt"))
            try waitUntil("archive", timeout: 20) {
                files(in: home.appendingPathComponent("archive")) == ["临安区/2023/linan.txt"]
            }
            #expect(daemon.stop() == 0)
            #expect(daemon.log().contains("inbox missing; waiting for it to be re-created"))
            #expect(daemon.log().contains("inbox re-created; watching it again"))
        }
    }

    /// The watcher named by `goalpost status --json`.
    static func statusWatcher(home: URL) throws -> String? {
        let status = try CLIRunner.run(["status", "--home", home.path, "--json"]).json() as? [String: Any]
        return status?["watcher"] as? String
    }

    @Test func statusSaysWhileTheInboxIsMissing() throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home, options: ["--reconcile-interval": "3600"])
            try daemon.waitUntilReady()
            #expect(try Self.statusWatcher(home: home) == "inotify")
            try FileManager.default.removeItem(at: daemon.inbox)
            try waitUntil("status saying the inbox is missing") { try Self.statusWatcher(home: home) == "inotify (inbox missing)" }
            try FileManager.default.createDirectory(at: daemon.inbox, withIntermediateDirectories: false)
            try waitUntil("status saying inotify again") { try Self.statusWatcher(home: home) == "inotify" }
            #expect(daemon.stop() == 0)
        }
    }
}
