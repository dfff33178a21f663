import Foundation
import Testing

@Suite struct QueryCommandTests {
    @Test func reportsJSONFollowsTheContract() throws {
        try withSampleHome { home throws in
            let result = try CLIRunner.run(["reports", "--home", home.path, "--json"])
            let reports = try #require(try result.json() as? [[String: Any]])
            let report = try #require(reports.first)
            let keys = ["id", "region", "year", "asOfMonth", "title", "sourceFile", "sha256", "sections", "categories", "tasks", "ingestedAt", "current"]
            #expect(Set(report.keys).isSuperset(of: keys))
            #expect(report["region"] as? String == "临安区")
            #expect(report["asOfMonth"] as? Int == 12)
            #expect(report["tasks"] as? Int == 158)
            #expect(report["current"] as? Bool == true)
            #expect((report["ingestedAt"] as? String)?.hasSuffix("Z") == true)
        }
    }

    @Test func showJSONCarriesSectionsAndTasks() throws {
        try withSampleHome { home throws in
            let result = try CLIRunner.run(["show", "临安区/2023", "--home", home.path, "--json"])
            let report = try #require(try result.json() as? [String: Any])
            let sections = try #require(report["sections"] as? [[String: Any]])
            let tasks = try #require(report["tasks"] as? [[String: Any]])
            #expect(sections.count == 5)
            #expect(tasks.count == 158)
            let first = tasks[0]
            #expect(Set(first.keys).isSuperset(of: ["id", "number", "section", "category", "task", "progress", "owner", "warnings",
                                                    "targets", "actuals", "status", "statusEvidence", "schedule", "statusOverride"]))
            #expect(first["owner"] is NSNull)
            #expect(first["section"] as? Int == 1)
            #expect(first["category"] as? String == "扩空间")
        }
    }

    @Test func showFiltersByCategory() throws {
        try withSampleHome { home throws in
            let result = try CLIRunner.run(["show", "2023", "--home", home.path, "--category", "扩空间", "--json"])
            let tasks = try #require((try result.json() as? [String: Any])?["tasks"] as? [[String: Any]])
            #expect(tasks.count == 15)
            let missing = try CLIRunner.run(["show", "2023", "--home", home.path, "--category", "不存在"])
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("no category '不存在'"))
        }
    }

    @Test func showInTerminalFitsTheWidthAndAlignsColumns() throws {
        try withSampleHome { home throws in
            let result = try CLIRunner.run(["show", "1", "--home", home.path], environment: ["COLUMNS": "80"])
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n").dropFirst(2)
            #expect(lines.count == 159)
            #expect(lines.allSatisfy { displayWidth($0) <= 80 })
        }
    }

    @Test func unknownReportListsCandidatesAndBadSyntaxIsAUsageError() throws {
        try withSampleHome { home throws in
            let unknown = try CLIRunner.run(["show", "临安区/2019", "--home", home.path])
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("candidates are 临安区/2023 (id 1)"))
            let bad = try CLIRunner.run(["show", "临安区/20x", "--home", home.path])
            #expect(bad.status == 64)
            #expect(!bad.stderr.contains("Fatal"))
        }
    }

    @Test func categoriesCountsTasksPerCategory() throws {
        try withSampleHome { home throws in
            let result = try CLIRunner.run(["categories", "--home", home.path, "--json"])
            let rows = try #require(try result.json() as? [[String: Any]])
            #expect(rows.count == 17)
            #expect(rows.first { $0["category"] as? String == "打造美丽乡村" }?["tasks"] as? Int == 21)
            let text = try CLIRunner.run(["categories", "--home", home.path, "--region", "临安区"])
            #expect(text.stdout.contains("亚运筹办工作"))
        }
    }

    @Test func searchFindsShortAndLongQueries() throws {
        try withSampleHome { home throws in
            let short = try CLIRunner.run(["search", "亚运", "--home", home.path, "--json"])
            let shortHits = try #require(try short.json() as? [[String: Any]])
            #expect(shortHits.map { $0["number"] as? String } == ["127", "152", "153", "154", "155", "156"])
            let long = try CLIRunner.run(["search", "玲珑山公园", "--home", home.path, "--json"])
            let hits = try #require(try long.json() as? [[String: Any]])
            #expect(hits.map { $0["number"] as? String } == ["39"])
            let none = try CLIRunner.run(["search", "不存在的文字", "--home", home.path])
            #expect(none.stdout.contains("No task contains"))
        }
    }

    @Test func regionAliasesApplyToFiltersAndReferences() throws {
        try withSampleHome { home throws in
            try "regionAliases:\n  临安市: 临安区\n  linan: 临安区\n".write(
                to: home.appendingPathComponent("goalpost.yaml"), atomically: true, encoding: .utf8)
            let reports = try #require(try CLIRunner.run(["reports", "--region", "Linan", "--home", home.path, "--json"]).json() as? [Any])
            #expect(reports.count == 1)
            #expect(try CLIRunner.run(["show", "临安市/2023", "--home", home.path, "--json"]).status == 0)
            #expect(try CLIRunner.run(["search", "亚运", "--region", "linan", "--home", home.path, "--json"]).json() as? [Any] != nil)
            let other = try CLIRunner.run(["reports", "--region", "余杭区", "--home", home.path])
            #expect(other.stdout == "No reports of region '余杭区'.\n")
        }
    }

    @Test func listingsOnAnEmptyHomeSayNoReports() throws {
        try withTemporaryDirectory { home throws in
            let result = try CLIRunner.run(["reports", "--home", home.path])
            #expect(result.status == 0)
            #expect(result.stdout == "No reports yet.\n")
        }
    }

    private func displayWidth(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x1100 && ($1.value <= 0x115F || (0x2E80...0xFFE6).contains($1.value))) ? 2 : 1) }
    }
}
