import Foundation
import Testing

@testable import GoalpostCore

/// Markdown and JSON digests: figures per category, the lines that matter first, citations.
struct DigestTests {
    typealias T = DiffTestSupport

    static let goldenDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/golden")

    /// The 2023 -> 2024 digest with stub statuses, crude targets and lineages over 2021-2024.
    static func fixtureDigest(beforeID: Int64 = 3, afterID: Int64 = 5) throws -> ReportDigest {
        let labels = YearFixtures.labels
        let ids: [Int64] = [1, 2, beforeID, 4, afterID]
        let sides = try zip(labels, ids).map { try TestTargetExtractor.side($0, reportID: $1) }
        let links = zip(sides, sides.dropFirst()).flatMap { TaskMatcher.match(before: $0, after: $1).links.map(\.pair) }
        let lineages = LineageBuilder.lineages(reports: sides.map(LineageReport.init), links: links)
        let diff = ReportDiffer.diff(before: sides[2], after: sides[4])
        return ReportDigest(diff: diff, lineages: lineages)
    }

    /// The default digest, computed once for the tests that only read it.
    static let shared = Result { try fixtureDigest() }

    @Test func categoryLineShowsCountsSharesAndChanges() {
        let category = CategoryDiff(
            name: "扩空间", previousNames: [], change: .same, tasksBefore: 15, tasksAfter: 12, deliveredBefore: 0.8,
            deliveredAfter: 0.75,
            items: Array(repeating: DiffItem.new(Self.task(1)), count: 3)
                + Array(repeating: DiffItem.dropped(Self.task(2)), count: 6)
                + [.linked(LinkedTasks(before: Self.task(3), after: Self.task(4),
                            targetChange: TargetChange(before: "1000亩", after: "1200亩", direction: .raised, ratio: 1.2)))]
        )
        #expect(MarkdownDigest.overview(category) == "扩空间：15 → 12 项，完成率 80% → 75%，新增 3，未再列入 6，目标上调 1")
    }

    /// Only a task with an end point left partial or in progress is "dropped while unfinished": a
    /// continuing policy (ongoing) and one whose outcome was unclear are not.
    @Test func onlyUnfinishedTasksWithAnEndPointAreDroppedWhileUnfinished() {
        func summary(_ id: Int64, _ year: Int) -> DiffReportSummary {
            DiffReportSummary(id: id, region: "临安区", year: year, asOfMonth: 12, title: "t", sourceFile: "f\(year).txt",
                              sha256: "", sections: 0, categories: 1, tasks: 3, ingestedAt: "", current: true)
        }
        let dropped = [OutcomeStatus.partial, .ongoing, .unclear, .inProgress].enumerated().map { index, status in
            DiffItem.dropped(DiffTaskRef(id: Int64(index + 1), number: String(index + 1), category: "扩空间",
                                         task: "任务\(index + 1)", status: status))
        }
        let category = CategoryDiff(name: "扩空间", previousNames: [], change: .same, tasksBefore: 4, tasksAfter: 0,
                                    deliveredBefore: 0, deliveredAfter: nil, items: dropped)
        let diff = ReportDiff(from: summary(1, 2023), to: summary(2, 2024), categories: [category])
        let lines = DigestHighlighter.highlights(for: diff).filter { $0.kind == .droppedUnfinished }
        #expect(lines.map(\.beforeNumber) == ["1", "4"])
    }

    static func task(_ id: Int64, category: String? = "扩空间") -> DiffTaskRef {
        DiffTaskRef(id: id, number: String(id), category: category, task: "任务\(id)", status: .partial)
    }

    @Test func linesThatMatterMostComeFirst() throws {
        let kinds = try Self.shared.get().highlights.map(\.kind)
        let order = DigestHighlightKind.allCases
        #expect(kinds == kinds.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
        #expect(kinds.first == .droppedUnfinished)
        for kind in [DigestHighlightKind.targetLowered, .targetRaised, .chronic, .categoryNew, .categoryDropped] {
            #expect(kinds.contains(kind), "missing \(kind)")
        }
    }

    @Test func everyTaskLineCitesFileAndNumber() throws {
        for line in try Self.shared.get().highlights {
            #expect(line.text.contains("linan-2023-annual.txt") || line.text.contains("linan-2024-annual.txt"), "\(line.text)")
            #expect(line.text.contains("第 "), "\(line.text)")
        }
    }

    @Test func targetLinesReportRaisedLoweredAndIgnoreRewrittenUnits() throws {
        let highlights = try Self.shared.get().highlights
        let lowered = highlights.filter { $0.kind == .targetLowered }.map(\.text)
        let raised = highlights.filter { $0.kind == .targetRaised }.map(\.text)
        #expect(lowered.contains { $0.contains("9500亩以上 → 8000亩以上") })
        #expect(raised.contains { $0.contains("1000亩以上 → 1200亩以上（×1.2）") })
        #expect(!highlights.contains { $0.text.contains("吨标准煤") })
    }

    @Test func digestIsTheSameWhicheverOrderReportsWereIngested() throws {
        let inOrder = try Self.fixtureDigest(beforeID: 3, afterID: 5).markdown
        let scrambled = try Self.fixtureDigest(beforeID: 9, afterID: 6).markdown
        #expect(inOrder == scrambled)
    }

    @Test func markdownDigestMatchesGolden() throws {
        let markdown = try Self.shared.get().markdown
        let golden = Self.goldenDirectory.appendingPathComponent("digest-2023-vs-2024.md")
        if ProcessInfo.processInfo.environment["GOALPOST_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try markdown.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(markdown == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func jsonDigestIsTheDiffShapePlusHighlights() throws {
        let object = try T.json(try Self.shared.get())
        #expect(Set(object.keys) == ["schema", "from", "to", "categories", "highlights"])
        let highlight = try #require((object["highlights"] as? [[String: Any]])?.first)
        #expect(Set(highlight.keys) == ["kind", "category", "text", "beforeFile", "beforeNumber", "afterFile", "afterNumber"])
    }

    @Test func firstReportDigestSummarisesCategoriesAndStatuses() throws {
        let side = try YearFixtures.side("2023", reportID: 1)
        let digest = FirstReportDigest(side: side)
        #expect(digest.categories.count == 17)
        #expect(digest.categories.reduce(0) { $0 + $1.tasks } == 158)
        #expect(digest.markdown.contains("## 分类概览"))
        #expect(digest.markdown.contains("扩空间：15 项"))
        let object = try T.json(digest)
        #expect(Set(object.keys) == ["schema", "report", "categories", "highlights"])
    }

    @Test func digestPathsFollowTheContract() {
        let before = T.summary(id: 1, year: 2023, file: "a.txt")
        let after = T.summary(id: 2, year: 2024, month: 6, file: "b.txt")
        #expect(DigestPath.baseName(for: after, against: before) == "临安区/2024-06-vs-2023-12")
        #expect(DigestPath.baseName(for: before) == "临安区/2023-12")
    }
}

extension DigestTests {
    @Test func halfYearToYearEndDigestListsWhatAdvanced() throws {
        let before = try YearFixtures.side("2024-06", reportID: 4)
        let after = try YearFixtures.side("2024", reportID: 5)
        let digest = ReportDigest(diff: ReportDiffer.diff(before: before, after: after))
        let advanced = digest.highlights.filter { $0.kind == .advanced }
        #expect(!advanced.isEmpty)
        #expect(advanced.allSatisfy { $0.text.contains("推进中 → 已完成") && $0.text.contains("linan-2024-halfyear.txt") })
        #expect(digest.markdown.contains("## 本期完成"))
    }
}
