import Foundation
import Testing

@Suite struct IngestCommandTests {
    static var sample: String { CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt").path }

    @Test func ingestsTheSampleThenReportsADuplicate() throws {
        try withTemporaryDirectory { home throws in
            let first = try CLIRunner.run(["ingest", "--home", home.path, Self.sample])
            #expect(first.status == 0)
            #expect(first.stdout.contains("ingested"))
            #expect(first.stdout.contains("临安区/2023 (id 1), 5 sections, 17 categories, 158 tasks"))
            let second = try CLIRunner.run(["ingest", "--home", home.path, Self.sample])
            #expect(second.status == 0)
            #expect(second.stdout.hasPrefix("duplicate"))
            let reports = try CLIRunner.run(["reports", "--home", home.path, "--json"])
            #expect((try reports.json() as? [Any])?.count == 1)
        }
    }

    @Test func failedFileNamesItselfAndDoesNotStopTheOthers() throws {
        try withTemporaryDirectory { home throws in
            let garbage = home.appendingPathComponent("garbage.txt")
            try Data([0x00, 0x01, 0x02, 0xFF]).write(to: garbage)
            let result = try CLIRunner.run(["ingest", "--home", home.path, "--json", garbage.path, Self.sample])
            #expect(result.status == 1)
            let lines = try #require(try result.json() as? [[String: Any]])
            #expect(lines.map { $0["result"] as? String } == ["failed", "ingested"])
            #expect((lines[0]["reason"] as? String)?.contains("'garbage.txt'") == true)
        }
    }

    @Test func failedFileWritesNothing() throws {
        try withTemporaryDirectory { home throws in
            let broken = home.appendingPathComponent("broken.txt")
            let text = try String(contentsOfFile: Self.sample, encoding: .utf8)
                .replacingOccurrences(of: "\t2 \n\t\n\t全面开展", with: "\t2 \n\t\n\t多余的格\n\t全面开展")
            try text.write(to: broken, atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["ingest", "--home", home.path, broken.path])
            #expect(result.status == 1)
            #expect(result.stdout.contains("failed     \(broken.path): Cannot read 'broken.txt': the row at line 17 (task '2') has 5 cells, more than the header's 4."))
            let reports = try CLIRunner.run(["reports", "--home", home.path, "--json"])
            let stored = try reports.json() as? [Any]
            #expect(stored?.isEmpty == true)
        }
    }

    @Test func regionFlagOverridesInference() throws {
        try withTemporaryDirectory { home throws in
            let result = try CLIRunner.run(["ingest", "--home", home.path, "--region", "临安市", Self.sample])
            #expect(result.stdout.contains("临安市/2023"))
        }
    }

    @Test func dbFlagAndEnvironmentChooseTheDatabase() throws {
        try withTemporaryDirectory { folder throws in
            let db = folder.appendingPathComponent("other.sqlite").path
            #expect(try CLIRunner.run(["ingest", "--db", db, Self.sample]).status == 0)
            #expect(FileManager.default.fileExists(atPath: db))
            let viaEnv = try CLIRunner.run(["ingest", Self.sample], environment: ["GOALPOST_HOME": folder.appendingPathComponent("home").path])
            #expect(viaEnv.stdout.hasPrefix("ingested"))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("home/goalpost.sqlite").path))
        }
    }

    @Test func badMonthIsAUsageError() throws {
        let result = try CLIRunner.run(["ingest", "--as-of-month", "13", Self.sample])
        #expect(result.status == 64)
    }
}
