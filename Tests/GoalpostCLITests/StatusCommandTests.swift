import Foundation
import Testing

@Suite struct StatusCommandTests {
    static var sample: URL { CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt") }

    @Test func showJSONCarriesQuantitiesAndStatus() throws {
        try withSampleHome { home throws in
            let report = try #require(try CLIRunner.run(["show", "2023", "--home", home.path, "--json"]).json() as? [String: Any])
            let tasks = try #require(report["tasks"] as? [[String: Any]])
            let task3 = try #require(tasks.first { $0["number"] as? String == "3" })
            #expect(task3["status"] as? String == "exceeded")
            #expect((task3["statusEvidence"] as? String)?.contains("22853亩") == true)
            #expect(task3["schedule"] is NSNull)
            #expect(task3["statusOverride"] is NSNull)
            let target = try #require((task3["targets"] as? [[String: Any]])?.first)
            #expect(target["value"] as? Int == 9500)
            #expect(target["unit"] as? String == "亩")
            #expect(target["qualifier"] as? String == "at_least")
            #expect(target["valueMax"] is NSNull)
            let actual = try #require((task3["actuals"] as? [[String: Any]])?.first)
            #expect(actual["target"] as? Int == 0)
            let statuses = Set(tasks.compactMap { $0["status"] as? String })
            #expect(statuses.isSuperset(of: ["exceeded", "met", "partial", "in_progress", "ongoing"]))
        }
    }

    @Test func overrideWinsAndSurvivesReparseAndACorrectedEdition() throws {
        try withSampleHome { home throws in
            let set = try CLIRunner.run(["override", "临安区/2023#3", "partial", "--reason", "口径不一", "--home", home.path])
            #expect(set.status == 0)
            try Self.expectOverride(home, number: "3", status: "partial")
            #expect(try CLIRunner.run(["reparse", "--all", "--home", home.path]).status == 0)
            try Self.expectOverride(home, number: "3", status: "partial")
            let corrected = home.appendingPathComponent("corrected.txt")
            let text = try String(contentsOf: Self.sample, encoding: .utf8).replacingOccurrences(of: "完成发网主体建设50%", with: "完成发网主体建设60%")
            try text.write(to: corrected, atomically: true, encoding: .utf8)
            let ingest = try CLIRunner.run(["ingest", "--home", home.path, corrected.path])
            #expect(ingest.stdout.contains("new edition"))
            try Self.expectOverride(home, number: "3", status: "partial")
        }
    }

    @Test func overrideRejectsUnknownStatusesAndEmptyReasons() throws {
        try withSampleHome { home throws in
            #expect(try CLIRunner.run(["override", "2023#3", "done", "--reason", "x", "--home", home.path]).status == 64)
            #expect(try CLIRunner.run(["override", "2023#3", "met", "--reason", " ", "--home", home.path]).status == 64)
            #expect(try CLIRunner.run(["override", "2023#999", "met", "--reason", "x", "--home", home.path]).status == 1)
        }
    }

    @Test func categoriesShowTheDeliveredShare() throws {
        try withSampleHome { home throws in
            let rows = try #require(try CLIRunner.run(["categories", "--home", home.path, "--json"]).json() as? [[String: Any]])
            let first = try #require(rows.first)
            let counts = try #require(first["statusCounts"] as? [String: Int])
            #expect(counts.values.reduce(0, +) == first["tasks"] as? Int)
            let delivered = try #require(first["delivered"] as? Double)
            // Over the tasks with an end point: ongoing ones are counted beside the share, not in it.
            let withEndPoint = counts.values.reduce(0, +) - (counts["ongoing"] ?? 0)
            let exact = Double((counts["exceeded"] ?? 0) + (counts["met"] ?? 0)) / Double(withEndPoint)
            #expect(abs(delivered - exact) <= 0.0005)
            #expect(delivered == (delivered * 1000).rounded() / 1000)
            let text = try CLIRunner.run(["categories", "--home", home.path])
            #expect(text.stdout.contains("delivered"))
        }
    }

    @Test func showEvidenceAndNoColourWhenPiped() throws {
        try withSampleHome { home throws in
            let result = try CLIRunner.run(["show", "2023", "--evidence", "--home", home.path])
            #expect(result.stdout.contains("22853亩对目标9500亩以上"))
            #expect(!result.stdout.contains("\u{1B}["))
        }
    }

    static func expectOverride(_ home: URL, number: String, status: String) throws {
        let report = try #require(try CLIRunner.run(["show", "2023", "--home", home.path, "--json"]).json() as? [String: Any])
        let task = try #require((report["tasks"] as? [[String: Any]])?.first { $0["number"] as? String == number })
        #expect(task["status"] as? String == status)
        #expect((task["statusOverride"] as? [String: Any])?["reason"] as? String == "口径不一")
        #expect(task["computedStatus"] as? String == "exceeded")
    }
}
