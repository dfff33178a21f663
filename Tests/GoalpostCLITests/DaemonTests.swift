import Foundation
import Testing

@Suite(.serialized) struct DaemonTests {
    static var sample: URL { CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt") }

    @Test func droppedFileIsIngestedArchivedAndDigested() throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            let staged = home.appendingPathComponent("staged.txt")
            try FileManager.default.copyItem(at: Self.sample, to: staged)
            try FileManager.default.moveItem(at: staged, to: daemon.inbox.appendingPathComponent("linan.txt"))
            let digest = home.appendingPathComponent("digests/临安区/2023-12.md")
            try waitUntil("digest") { FileManager.default.fileExists(atPath: digest.path) }
            try waitUntil("archive") { files(in: home.appendingPathComponent("archive")) == ["临安区/2023/linan.txt"] }
            #expect(files(in: daemon.inbox).isEmpty)
            #expect(try String(contentsOf: digest, encoding: .utf8).contains("扩空间：15 项"))
            #expect(daemon.stop() == 0)
            #expect(daemon.log().contains("ingested linan.txt"))
        }
    }

    @Test func fileWrittenInChunksIsReadOnceComplete() throws {
        try withTemporaryDirectory { home throws in
            // Pauses well under the quiet period, so a loaded machine does not stretch one past it.
            let daemon = try DaemonProcess(home: home, options: ["--quiet-period": "1.5"])
            try daemon.waitUntilReady()
            let bytes = try Data(contentsOf: Self.sample)
            let target = daemon.inbox.appendingPathComponent("chunks.txt")
            // Created in place (FileManager.createFile would write a temporary file and rename it).
            let descriptor = open(target.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            #expect(descriptor >= 0)
            close(descriptor)
            let chunk = bytes.count / 4 + 1
            for start in stride(from: 0, to: bytes.count, by: chunk) {
                let handle = try FileHandle(forWritingTo: target)
                try handle.seekToEnd()
                try handle.write(contentsOf: bytes[start..<min(start + chunk, bytes.count)])
                try handle.close()
                usleep(50_000)
            }
            try waitUntil("archive") { !files(in: home.appendingPathComponent("archive")).isEmpty }
            let reports = try CLIRunner.run(["reports", "--home", home.path, "--json"])
            let list = try #require(try reports.json() as? [[String: Any]])
            #expect(list.count == 1)
            #expect(list.first?["tasks"] as? Int == 158)
            #expect(files(in: home.appendingPathComponent("failed")).isEmpty)
            #expect(daemon.stop() == 0)
        }
    }

    @Test func subFolderGivesTheRegionThroughAliases() throws {
        try withTemporaryDirectory { home throws in
            try "regionAliases:\n  linan: 临安区\n".write(to: home.appendingPathComponent("goalpost.yaml"), atomically: true, encoding: .utf8)
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            let folder = daemon.inbox.appendingPathComponent("Linan")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try regionlessTable.write(to: folder.appendingPathComponent("2022.txt"), atomically: true, encoding: .utf8)
            try waitUntil("digest") { FileManager.default.fileExists(atPath: home.appendingPathComponent("digests/临安区/2022-12.md").path) }
            #expect(daemon.stop() == 0)
        }
    }

    @Test func garbageGoesToFailedAndLaterFilesStillIngest() throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            try Data([0, 1, 2, 3, 0xFF]).write(to: daemon.inbox.appendingPathComponent("garbage.txt"))
            try waitUntil("failed") { files(in: home.appendingPathComponent("failed")).count == 2 }
            try FileManager.default.copyItem(at: Self.sample, to: daemon.inbox.appendingPathComponent("good.txt"))
            try waitUntil("good archived") { files(in: home.appendingPathComponent("archive")).count == 1 }
            let failed = try CLIRunner.run(["failed", "--home", home.path, "--json"])
            let list = try #require(try failed.json() as? [[String: Any]])
            #expect(list.first?["name"] as? String == "garbage.txt")
            #expect((list.first?["reason"] as? String)?.hasPrefix("Cannot read 'garbage.txt': it is a binary file") == true)
            #expect(daemon.stop() == 0)
            #expect(daemon.log().contains("warning"))
        }
    }

    @Test func duplicateIsArchivedWithoutASecondReport() throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            try FileManager.default.copyItem(at: Self.sample, to: daemon.inbox.appendingPathComponent("a.txt"))
            try waitUntil("first") { files(in: home.appendingPathComponent("archive")).count == 1 }
            try FileManager.default.copyItem(at: Self.sample, to: daemon.inbox.appendingPathComponent("b.txt"))
            try waitUntil("second") { files(in: home.appendingPathComponent("archive")).count == 2 }
            let reports = try #require(try CLIRunner.run(["reports", "--home", home.path, "--json"]).json() as? [Any])
            #expect(reports.count == 1)
            #expect(daemon.stop() == 0)
            #expect(daemon.log().contains("duplicate b.txt"))
        }
    }

    @Test func filesPresentAtStartupAreTakenAndRetryWorks() throws {
        try withTemporaryDirectory { home throws in
            let inbox = home.appendingPathComponent("inbox")
            try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.sample, to: inbox.appendingPathComponent("early.txt"))
            try regionlessTable.write(to: inbox.appendingPathComponent("noregion.txt"), atomically: true, encoding: .utf8)
            let daemon = try DaemonProcess(home: home)
            try waitUntil("early archived") { files(in: home.appendingPathComponent("archive")).count == 1 }
            try waitUntil("noregion failed") { files(in: home.appendingPathComponent("failed")).count == 2 }
            let status = try #require(try CLIRunner.run(["status", "--home", home.path, "--json"]).json() as? [String: Any])
            #expect(status["daemonRunning"] as? Bool == true)
            #expect(status["failedFiles"] as? Int == 1)
            #expect(status["reports"] as? Int == 1)
            let retry = try CLIRunner.run(["retry", "--home", home.path, "noregion.txt"])
            #expect(retry.status == 0)
            try waitUntil("failed again") { files(in: home.appendingPathComponent("failed")).count == 2 }
            #expect(daemon.stop() == 0)
        }
    }

    @Test func secondDaemonOnTheSameHomeIsRefused() throws {
        try withTemporaryDirectory { home throws in
            let first = try DaemonProcess(home: home)
            try first.waitUntilReady()
            let second = try DaemonProcess(home: home)
            second.process.waitUntilExit()
            #expect(second.process.terminationStatus == 1)
            #expect(second.log().contains("is already running on this home"))
            #expect(first.stop() == 0)
            let status = try #require(try CLIRunner.run(["status", "--home", home.path, "--json"]).json() as? [String: Any])
            #expect(status["daemonRunning"] as? Bool == false)
        }
    }

    @Test func missingDigestIsWrittenAtStartup() throws {
        try withTemporaryDirectory { home throws in
            _ = try CLIRunner.run(["ingest", "--home", home.path, Self.sample.path])
            let digest = home.appendingPathComponent("digests/临安区/2023-12.json")
            try FileManager.default.removeItem(at: digest)  // as if a crash came between commit and digest
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            try waitUntil("digest") { FileManager.default.fileExists(atPath: digest.path) }
            #expect(daemon.stop() == 0)
        }
    }

    @Test func hangupReloadsTheAliasTable() throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            try "regionAliases:\n  yuhang: 余杭区\n".write(to: home.appendingPathComponent("goalpost.yaml"), atomically: true, encoding: .utf8)
            kill(daemon.process.processIdentifier, SIGHUP)
            try daemon.waitForLog("configuration reloaded")
            let folder = daemon.inbox.appendingPathComponent("yuhang")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try regionlessTable.write(to: folder.appendingPathComponent("y.txt"), atomically: true, encoding: .utf8)
            try waitUntil("digest") { FileManager.default.fileExists(atPath: home.appendingPathComponent("digests/余杭区/2022-12.md").path) }
            #expect(daemon.stop() == 0)
        }
    }

    @Test func scrambledArrivalGivesTheSameDigestsAndLinksAsInOrder() throws {
        let scrambled = ["2024-annual", "2022-annual", "2024-halfyear", "2021-annual", "2023-annual"]
        let inOrder = try withYearsHome { home throws in try Self.digestsAndLinks(home) }
        let dropped = try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            for (index, year) in scrambled.enumerated() {
                let staged = home.appendingPathComponent("linan-\(year).txt")
                try FileManager.default.copyItem(at: CLIRunner.fixtures.appendingPathComponent("years/linan-\(year).txt"), to: staged)
                try FileManager.default.moveItem(at: staged, to: daemon.inbox.appendingPathComponent(staged.lastPathComponent))
                try waitUntil("archived \(year)") { files(in: home.appendingPathComponent("archive")).count == index + 1 }
            }
            #expect(daemon.stop() == 0)
            return try Self.digestsAndLinks(home)
        }
        #expect(dropped.digests.keys.sorted() == inOrder.digests.keys.sorted())
        for (name, markdown) in inOrder.digests { #expect(dropped.digests[name] == markdown, "\(name)") }
        #expect(dropped.links == inOrder.links)
    }

    /// Digest Markdown by file name, and the 2023 → 2024 links as task-number pairs.
    static func digestsAndLinks(_ home: URL) throws -> (digests: [String: String], links: [String]) {
        let folder = home.appendingPathComponent("digests/临安区")
        var digests: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
            digests[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        let diff = try CLIRunner.run(["diff", "临安区/2023", "临安区/2024", "--home", home.path, "--json"]).json() as? [String: Any]
        let items = (diff?["categories"] as? [[String: Any]])?.flatMap { $0["items"] as? [[String: Any]] ?? [] } ?? []
        let links = items.map { item -> String in
            let before = (item["before"] as? [String: Any])?["number"] as? String ?? "-"
            let after = (item["after"] as? [String: Any])?["number"] as? String ?? "-"
            return "\(before)>\(after):\(item["kind"] as? String ?? "")"
        }.sorted()
        return (digests, links)
    }

    @Test func officeFormatsInARegionFolderAndOddNamesAreIngested() throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            let folder = daemon.inbox.appendingPathComponent("余杭区")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let longName = "2022年 余杭区 政府工作报告 " + String(repeating: "一季度进展情况", count: 8) + ".docx"
            try FileManager.default.copyItem(
                at: CLIRunner.fixtures.appendingPathComponent("formats/yuhang-2022-q1.docx"), to: home.appendingPathComponent("staged"))
            try FileManager.default.moveItem(at: home.appendingPathComponent("staged"), to: folder.appendingPathComponent(longName))
            try waitUntil("digest") { FileManager.default.fileExists(atPath: home.appendingPathComponent("digests/余杭区/2022-03.md").path) }
            // The digest is written before the original is archived: wait for that step too.
            try waitUntil("archive") { !files(in: home.appendingPathComponent("archive")).isEmpty }
            #expect(files(in: home.appendingPathComponent("archive")) == ["余杭区/2022/\(longName)"])
            #expect(daemon.stop() == 0)
        }
    }

    @Test func symbolicLinksAreNotFollowedAndBigFilesAreRefused() throws {
        try withTemporaryDirectory { home throws in
            try "maxFileSize: 1000\n".write(to: home.appendingPathComponent("goalpost.yaml"), atomically: true, encoding: .utf8)
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            try FileManager.default.createSymbolicLink(
                at: daemon.inbox.appendingPathComponent("link.txt"), withDestinationURL: Self.sample)
            try FileManager.default.copyItem(at: Self.sample, to: home.appendingPathComponent("big.txt"))
            try FileManager.default.moveItem(at: home.appendingPathComponent("big.txt"), to: daemon.inbox.appendingPathComponent("big.txt"))
            try waitUntil("both failed") { files(in: home.appendingPathComponent("failed")).count == 4 }
            let failed = try #require(try CLIRunner.run(["failed", "--home", home.path, "--json"]).json() as? [[String: Any]])
            let reasons = Dictionary(uniqueKeysWithValues: failed.map { ($0["name"] as? String ?? "", $0["reason"] as? String ?? "") })
            #expect(reasons["link.txt"]?.contains("symbolic link") == true)
            #expect(reasons["big.txt"]?.hasPrefix("Cannot read 'big.txt'") == true)
            #expect(FileManager.default.fileExists(atPath: Self.sample.path))
            #expect(daemon.stop() == 0)
        }
    }
}
