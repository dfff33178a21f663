import Foundation
import Testing

@testable import GoalpostCore

/// Histories that once trapped digest writing (a crash loop, since the report was already stored).
@Suite struct DigestRobustnessTests {
    typealias T = DiffTestSupport

    static let yearEnd = T.side(id: 1, year: 2023, [
        T.task(1, "1", "扩空间", "新增建设用地1000亩", status: .partial),
        T.task(2, "2", "扩空间", "完成土地整治项目3个", status: .met),
        T.task(3, "3", "优化公共服务", "新建幼儿园2所", status: .inProgress),
        T.task(4, "4", "优化公共服务", "改造老旧小区5个", status: .met),
    ])

    // A half-year capture whose table has no category column: every task's category is nil.
    static let halfYearWithoutCategories = T.side(id: 2, year: 2024, month: 6, [
        T.task(11, "1", nil, "新增建设用地1200亩", status: .inProgress),
        T.task(12, "2", nil, "新建幼儿园3所", status: .inProgress),
        T.task(13, "3", nil, "建成口袋公园10个", status: .inProgress),
    ])

    static func render(_ before: DiffSide, _ after: DiffSide) throws -> (ReportDigest, String, Data) {
        let diff = ReportDiffer.diff(before: before, after: after)
        let digest = ReportDigest(diff: diff, lineages: RegionDigester.lineages(of: [before, after]))
        return (digest, MarkdownDigest.render(digest), try RegionDigester.encode(digest))
    }

    @Test func halfYearWithoutCategoriesAfterAYearEndDigests() throws {
        let (digest, markdown, json) = try Self.render(Self.yearEnd, Self.halfYearWithoutCategories)
        #expect(digest.diff.categories.contains { $0.name == nil })
        #expect(markdown.contains("（未分类）"))
        #expect(!json.isEmpty)
        #expect(!digest.highlights.contains { $0.category == "" })
    }

    @Test func yearEndAfterAHalfYearWithoutCategoriesDigests() throws {
        let before = T.side(id: 2, year: 2023, month: 6, Self.halfYearWithoutCategories.tasks)
        let after = T.side(id: 1, year: 2023, Self.yearEnd.tasks)
        let (digest, markdown, _) = try Self.render(before, after)
        #expect(!digest.diff.categories.isEmpty)
        // No line names an empty category ("-  · 第…" or "- ：…").
        #expect(!markdown.contains("\n-  · ") && !markdown.contains("\n- ："))
    }

    @Test func tasksNeverMoveIntoOrOutOfATableWithoutCategories() {
        let diff = ReportDiffer.diff(before: Self.yearEnd, after: Self.halfYearWithoutCategories)
        let linked = diff.categories.flatMap(\.items).compactMap(\.link)
        #expect(!linked.isEmpty)
        #expect(linked.allSatisfy { !$0.moved })
    }

    @Test func hugeTargetChangeRatioIsWrittenWithoutTrapping() throws {
        let before = T.side(id: 1, year: 2023, [
            T.task(1, "1", "扩空间", "新增建设用地3万亩", targets: [T.area("3万亩", 30000)])
        ])
        let after = T.side(id: 2, year: 2024, [
            T.task(2, "1", "扩空间", "新增建设用地99999999999999亿亩",
                   targets: [T.area("99999999999999亿亩", Decimal(string: "9999999999999900000000") ?? 0)])
        ])
        let (digest, markdown, json) = try Self.render(before, after)
        #expect(digest.highlights.contains { $0.kind == .targetRaised })
        #expect(markdown.contains("3万亩 → 99999999999999亿亩"))
        #expect(!json.isEmpty)
    }

    @Test(arguments: [
        (1.2, "1.2"), (0.84, "0.84"), (3.0, "3"), (-0.5, "-0.5"), (3.3e17, "3.3e+17"), (Double.infinity, "—"),
        (Double.nan, "—"), (1e300, "1e+300"),
    ])
    func ratiosOfAnySizeFormat(value: Double, text: String) {
        #expect(DigestHighlighter.formatted(value) == text)
    }

    @Test func ratioOverflowingADoubleIsLeftOut() {
        let before = [T.area("0.0000000000000000000000000000000000001亩", Decimal(string: "1e-37") ?? 1)]
        let after = [T.area("1e300亩", Decimal(string: "1e120") ?? 1)]
        let change = TargetChangeDetector.change(before: before, after: after)
        #expect(change?.direction == .raised)
        #expect(change?.ratio.map(\.isFinite) ?? true)
    }
}
