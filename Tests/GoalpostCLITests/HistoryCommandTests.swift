import Foundation
import Testing

/// Runs `body` with a home holding the synthetic years 2021-2024 (and 2024-06) of Lin'an.
func withYearsHome<T>(order: [String] = ["2021-annual", "2022-annual", "2023-annual", "2024-halfyear", "2024-annual"], _ body: (URL) throws -> T) throws -> T {
    try withTemporaryDirectory { home throws in
        let files = order.map { CLIRunner.fixtures.appendingPathComponent("years/linan-\($0).txt").path }
        let result = try CLIRunner.run(["ingest", "--home", home.path] + files)
        guard result.status == 0 else { throw CLITestError.setupFailed(result.stdout + result.stderr) }
        return try body(home)
    }
}

@Suite struct HistoryCommandTests {
    @Test func diffJSONFollowsTheContract() throws {
        try withYearsHome { home throws in
            let result = try CLIRunner.run(["diff", "临安区/2023", "临安区/2024", "--home", home.path, "--json"])
            let diff = try #require(try result.json() as? [String: Any])
            #expect(diff["schema"] as? Int == 1)
            #expect((diff["from"] as? [String: Any])?["year"] as? Int == 2023)
            let categories = try #require(diff["categories"] as? [[String: Any]])
            let keys: Set<String> = ["name", "previousNames", "change", "tasksBefore", "tasksAfter", "deliveredBefore", "deliveredAfter", "items"]
            #expect(categories.allSatisfy { Set($0.keys).isSuperset(of: keys) })
            #expect(categories.contains { $0["name"] as? String == "亚运筹办工作" && $0["change"] as? String == "dropped" })
            #expect(categories.contains { $0["name"] as? String == "新城建设提质" && $0["change"] as? String == "renamed" })
            let item = try #require((categories.first?["items"] as? [[String: Any]])?.first)
            #expect(Set(item.keys).isSuperset(of: ["kind", "reworded", "moved", "before", "after", "similarity", "targetChange", "linkSource"]))
        }
    }

    @Test func diffFiltersOneCategoryByAnyOfItsNames() throws {
        try withYearsHome { home throws in
            let result = try CLIRunner.run(["diff", "2023", "2024", "--home", home.path, "--category", "新城出形象", "--json"])
            let categories = try #require((try result.json() as? [String: Any])?["categories"] as? [[String: Any]])
            #expect(categories.map { $0["name"] as? String } == ["新城建设提质"])
            let text = try CLIRunner.run(["diff", "2023", "2024", "--home", home.path])
            #expect(text.stdout.contains("新城建设提质（原“新城出形象”）"))
        }
    }

    @Test func ingestWritesDigestsAgainstBaselines() throws {
        try withYearsHome { home throws in
            let list = try #require(try CLIRunner.run(["digests", "--home", home.path, "--json"]).json() as? [[String: Any]])
            let names = list.compactMap { $0["name"] as? String }
            #expect(names == ["2021-12", "2022-12-vs-2021-12", "2023-12-vs-2022-12", "2024-06-vs-2023-12", "2024-12-vs-2023-12", "2024-12-vs-2024-06"])
            let latest = try CLIRunner.run(["digest", "--latest", "--home", home.path])
            #expect(latest.stdout.contains("2024"))
            #expect(latest.stdout.contains("linan-2024-annual.txt"))
        }
    }

    @Test func traceFollowsATaskThroughEveryYear() throws {
        try withYearsHome { home throws in
            let result = try CLIRunner.run(["trace", "临安区/2024#3", "--home", home.path, "--json"])
            let lineages = try #require(try result.json() as? [[String: Any]])
            let entries = try #require(lineages.first?["entries"] as? [[String: Any]])
            #expect(entries.map { $0["period"] as? String } == ["2021", "2022", "2023", "2024-06", "2024"])
            let search = try CLIRunner.run(["trace", "--search", "腾出用能", "--home", home.path, "--json"])
            #expect((try search.json() as? [Any])?.isEmpty == false)
        }
    }

    @Test func historyShowsFormerNames() throws {
        try withYearsHome { home throws in
            let result = try CLIRunner.run(["history", "新城出形象", "--home", home.path, "--json"])
            let entries = try #require(try result.json() as? [[String: Any]])
            let last = try #require(entries.last?["entry"] as? [String: Any])
            #expect(last["name"] as? String == "新城建设提质")
            let renamed = entries.compactMap { $0["entry"] as? [String: Any] }.first { $0["change"] as? String == "renamed" }
            #expect((renamed?["previousNames"] as? [String])?.contains("新城出形象") == true)
            #expect(renamed?["period"] as? String == "2024-06")
        }
    }

    @Test func exportCSVOpensInExcel() throws {
        try withYearsHome { home throws in
            let result = try CLIRunner.run(["export", "--format", "csv", "--home", home.path])
            #expect(result.stdout.hasPrefix("\u{FEFF}lineageId,region,year"))
            #expect(result.stdout.contains("\r\n"))
            let json = try #require(try CLIRunner.run(["export", "--json", "--home", home.path]).json() as? [[String: Any]])
            let expected = [150, 153, 158, 147, 148].reduce(0, +)
            #expect(json.count == expected)
        }
    }

    @Test func unlinkAndLinkWinOverScores() throws {
        try withYearsHome { home throws in
            func item(after number: String) throws -> [String: Any]? {
                let diff = try CLIRunner.run(["diff", "2023", "2024", "--home", home.path, "--json"]).json() as? [String: Any]
                let items = (diff?["categories"] as? [[String: Any]])?.flatMap { $0["items"] as? [[String: Any]] ?? [] } ?? []
                return items.first { ($0["after"] as? [String: Any])?["number"] as? String == number }
            }
            let linked = try #require(try item(after: "3"))
            let beforeNumber = try #require((linked["before"] as? [String: Any])?["number"] as? String)
            #expect(try CLIRunner.run(["unlink", "临安区/2023#\(beforeNumber)", "临安区/2024#3", "--home", home.path]).status == 0)
            #expect(try item(after: "3")?["kind"] as? String == "new")
            #expect(try CLIRunner.run(["link", "临安区/2023#\(beforeNumber)", "临安区/2024#3", "--home", home.path]).status == 0)
            #expect(try item(after: "3")?["linkSource"] as? String == "user")
        }
    }

    @Test func ownersListUnitsOfTablesThatNameThem() throws {
        try withTemporaryDirectory { home throws in
            let file = CLIRunner.fixtures.appendingPathComponent("formats/owner-2024-h1.reference.txt").path
            #expect(try CLIRunner.run(["ingest", "--home", home.path, file]).status == 0)
            let owners = try #require(try CLIRunner.run(["owners", "--home", home.path, "--json"]).json() as? [[String: Any]])
            #expect(!owners.isEmpty)
            #expect(owners.allSatisfy { $0["owner"] is String && $0["tasks"] is Int })
        }
    }

    @Test func aliasesAreListedAddedAndRemoved() throws {
        try withYearsHome { home throws in
            #expect(try CLIRunner.run(["alias", "扩空间", "拓展空间", "--home", home.path]).status == 0)
            let aliases = try CLIRunner.run(["alias", "--home", home.path, "--json"]).json() as? [String: String]
            #expect(aliases == ["扩空间": "拓展空间"])
            #expect(try CLIRunner.run(["alias", "扩空间", "--remove", "--home", home.path]).status == 0)
            #expect(try CLIRunner.run(["alias", "--home", home.path]).stdout == "No category aliases.\n")
        }
    }
}
