import Foundation
import Testing

/// Ordinary histories that once trapped the CLI (and, through start-up digest writing, the daemon).
@Suite struct RobustnessCommandTests {
    /// A 2023 half-year table without a category column whose tasks match none of the year-end's.
    static let halfYearWithoutCategories = """
        2023年政府工作报告重点工作半年度进展情况

        \t序号
        \t工作任务
        \t完成情况

        \t1
        \t建成城市书房5家。
        \t已建成2家。

        \t2
        \t新增公共停车泊位800个。
        \t已新增320个。

        \t3
        \t完成老旧管网改造12公里。
        \t已完成4公里。

        """

    @Test func halfYearWithoutCategoriesAfterTheYearEndIngestsAndDigests() throws {
        try withTemporaryDirectory { home in
            let sample = CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt").path
            #expect(try CLIRunner.run(["ingest", "--home", home.path, sample]).status == 0)
            let halfYear = home.appendingPathComponent("halfyear-2023.txt")
            try Self.halfYearWithoutCategories.write(to: halfYear, atomically: true, encoding: .utf8)
            let ingest = try CLIRunner.run([
                "ingest", "--home", home.path, "--region", "临安区", "--year", "2023", "--as-of-month", "6", halfYear.path,
            ])
            #expect(ingest.status == 0, "\(ingest.stdout)\(ingest.stderr)")
            let diff = try CLIRunner.run(["diff", "--home", home.path, "临安区/2023-06", "临安区/2023"])
            #expect(diff.status == 0, "\(diff.stderr)")
            #expect(diff.stdout.contains("（未分类）"))
            let digest = try CLIRunner.run(["digest", "--home", home.path, "临安区/2023"])
            #expect(digest.status == 0, "\(digest.stderr)")
            let json = try CLIRunner.run(["diff", "--home", home.path, "--json", "临安区/2023-06", "临安区/2023"])
            #expect(json.status == 0)
            #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any])
        }
    }

    /// A reload with an out-of-range value, or one that moves a folder, is refused: the running
    /// configuration stays and the old inbox is still watched and read.
    @Test(arguments: [("shutdownGrace: 1e300\n", "'shutdownGrace'"), ("inbox: elsewhere\n", "'inbox' changed")])
    func hangupThatCannotApplyKeepsTheRunningConfiguration(yaml: String, reason: String) throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            try yaml.write(to: home.appendingPathComponent("goalpost.yaml"), atomically: true, encoding: .utf8)
            kill(daemon.process.processIdentifier, SIGHUP)
            try daemon.waitForLog("configuration not reloaded")
            let sample = CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt")
            try FileManager.default.copyItem(at: sample, to: daemon.inbox.appendingPathComponent("r.txt"))
            try waitUntil("digest") { FileManager.default.fileExists(atPath: home.appendingPathComponent("digests/临安区/2023-12.md").path) }
            #expect(daemon.stop() == 0)
            let log = daemon.log()
            #expect(log.contains(reason) && !log.contains("configuration reloaded"))
        }
    }

    @Test func startWithAnOutOfRangeValueFailsWithOneSentence() throws {
        try withTemporaryDirectory { home throws in
            let result = try CLIRunner.run(["--home", home.path], executable: "goalpostd", environment: ["GOALPOST_QUIET_PERIOD": "1e300"])
            #expect(result.status != 0)
            #expect(result.stderr.contains("'quietPeriod'"))
            let reports = try CLIRunner.run(["reports", "--home", home.path], environment: ["GOALPOST_MAX_FILE_SIZE": "1e20"])
            #expect(reports.status == 1)
            #expect(reports.stderr.contains("'maxFileSize'"))
        }
    }

    /// A row whose task-number cell runs onto a line that looks like the sidecar's own `original:` line.
    static let forgedNumberCell = """
        2023年政府工作报告重点工作完成情况表

        \t序号
        \t工作目标
        \t工作任务
        \t完成情况

        \t1
        \t扩空间
        \t新建道路10公里。
        \t已完成。

        \t2
        original: ../../PWNED/cron-job
        \t扩空间
        \t新建公园2个。

        \t3
        \t扩空间
        \t新建学校1所。
        \t已完成。

        """

    @Test func cellTextInAFailureIsOneEscapedLineEverywhere() throws {
        try withTemporaryDirectory { home throws in
            let file = home.appendingPathComponent("forged.txt")
            try Self.forgedNumberCell.write(to: file, atomically: true, encoding: .utf8)
            let ingest = try CLIRunner.run(["ingest", "--home", home.path, "--region", "临安区", file.path])
            #expect(ingest.status == 1)
            #expect(ingest.stdout.split(separator: "\n").count == 1)
            #expect(ingest.stdout.contains("(task '2\\noriginal: ../../PWNED/cron-job')"))

            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            try FileManager.default.moveItem(at: file, to: daemon.inbox.appendingPathComponent("forged.txt"))
            let sidecar = home.appendingPathComponent("failed/forged.txt.error.txt")
            try waitUntil("the failure sidecar") { FileManager.default.fileExists(atPath: sidecar.path) }
            #expect(daemon.stop() == 0)
            let lines = try String(contentsOf: sidecar, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines.filter { $0.hasPrefix("dropped as ") } == ["dropped as forged.txt"])
            #expect(!lines.contains { $0.hasPrefix("original: ") })
            let failed = try CLIRunner.run(["failed", "--home", home.path, "--json"])
            #expect(failed.stdout.contains("\"original\" : \"forged.txt\"") || failed.stdout.contains("\"original\":\"forged.txt\""))
        }
    }

    @Test(arguments: ["", " ", ".", ".."])
    func regionsThatNameNothingAreRefused(region: String) throws {
        try withTemporaryDirectory { home throws in
            let sample = CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt").path
            let result = try CLIRunner.run(["ingest", "--home", home.path, "--region", region, sample])
            #expect(result.status != 0)
            #expect(result.stdout.contains("names nothing") || result.stderr.contains("names nothing"))
            #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("digests/_").path))
        }
    }

    @Test func aHundredCharacterRegionGetsItsDigests() throws {
        try withTemporaryDirectory { home throws in
            let region = String(repeating: "临安", count: 49) + "新区"
            let sample = CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt").path
            let result = try CLIRunner.run(["ingest", "--home", home.path, "--region", region, sample])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            let folders = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("digests").path)
            #expect(folders.count == 1 && folders.allSatisfy { $0.utf8.count <= 120 })
            let digest = try CLIRunner.run(["digest", "--home", home.path, "--latest"])
            #expect(digest.status == 0)
        }
    }
}
