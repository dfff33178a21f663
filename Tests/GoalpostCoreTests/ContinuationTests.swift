import Foundation
import Testing

@testable import GoalpostCore

/// The looser pass before a task is called dropped: possible continuations (可能延续).
struct ContinuationTests {
    typealias S = DiffTestSupport

    // Filler tasks so that rare terms are rare and the two reports look like real ones.
    static let others = [
        "新增城镇就业2万人", "完成农村公路提升改造50公里", "新建城市绿道20公里", "实施老旧小区改造10个",
        "培育专精特新企业15家", "完成造林绿化5000亩",
    ]

    static func sides(before: [String], after: [String], beforeStatus: OutcomeStatus = .partial) -> (DiffSide, DiffSide) {
        let early = (before + others).enumerated().map { S.task(Int64(100 + $0), "\($0 + 1)", "优服务", $1, status: beforeStatus) }
        let late = (others + after).enumerated().map { S.task(Int64(200 + $0), "\($0 + 1)", $0 < others.count ? "优服务" : "强产业", $1) }
        return (S.side(id: 1, year: 2024, early), S.side(id: 2, year: 2025, late))
    }

    static func dropped(_ diff: ReportDiff) -> [DiffItem] { diff.items.filter { $0.kind == .dropped } }

    @Test func aSharedNameMakesAPossibleContinuationNotALink() throws {
        let (before, after) = Self.sides(
            before: ["推进青山湖科技城二期建设，完成投资5亿元"],
            after: ["聚焦数字经济招大引强，推动青山湖科技城二期导入优质企业20家、实现产值10亿元"])
        let diff = ReportDiffer.diff(before: before, after: after)
        let item = try #require(Self.dropped(diff).first)
        let candidate = try #require(item.possibleContinuation)
        #expect(candidate.after.task == "聚焦数字经济招大引强，推动青山湖科技城二期导入优质企业20家、实现产值10亿元")
        #expect(candidate.evidence.contains("「青山湖科技城二期」"))
        #expect(!diff.items.contains { $0.link?.before.id == item.before?.id })
    }

    @Test func aLookAlikeSharingOnlyDeedWordsIsNoCandidate() {
        let (before, after) = Self.sides(before: ["建成开放玲珑山公园"], after: ["建成开放青山湖公园"])
        let diff = ReportDiffer.diff(before: before, after: after)
        #expect(Self.dropped(diff).count == 1)
        #expect(Self.dropped(diff).allSatisfy { $0.possibleContinuation == nil })
    }

    @Test func aNameOtherTasksAlsoHoldIsTooCommonAlone() {
        // 锦城 is in three later tasks: not rare, so it ties nothing.
        let (before, after) = Self.sides(
            before: ["推进锦城街道文化中心建设"],
            after: ["锦城街道新建停车位300个", "锦城街道老旧管网改造", "锦城街道邻里中心投用"])
        let diff = ReportDiffer.diff(before: before, after: after)
        #expect(Self.dropped(diff).count == 1)
        #expect(Self.dropped(diff).allSatisfy { $0.possibleContinuation == nil })
    }

    @Test func aLaterTaskNamingWhatTheEarlierProgressLeftUnfinishedIsOffered() throws {
        var (before, after) = Self.sides(
            before: ["完成3所乡村学校改造提升"], after: ["实施山区学校办学条件改善工程，完成石门小学等2所学校改造"])
        before.tasks[0].progress = "完成龙岗中学、湍口小学改造，石门小学改造工程正在收尾。"
        let diff = ReportDiffer.diff(before: before, after: after)
        let candidate = try #require(Self.dropped(diff).first?.possibleContinuation)
        #expect(candidate.after.number == "7")
        #expect(candidate.evidence.contains("石门小学"))
    }

    @Test func aPairTheUserBrokeIsNeverOffered() throws {
        let (before, after) = Self.sides(
            before: ["推进青山湖科技城二期建设，完成投资5亿元"],
            after: ["聚焦数字经济招大引强，推动青山湖科技城二期导入优质企业20家、实现产值10亿元"])
        let broken = [TaskPair(before: before.tasks[0].id, after: try #require(after.tasks.last).id)]
        let diff = ReportDiffer.diff(before: before, after: after, options: MatchOptions(decisions: LinkDecisions(broken: broken)))
        #expect(Self.dropped(diff).count == 1)
        #expect(Self.dropped(diff).allSatisfy { $0.possibleContinuation == nil })
    }

    @Test func eachLaterTaskIsOfferedOnceToTheStrongestEarlierTask() throws {
        let (before, after) = Self.sides(
            before: ["双林水库前期工作", "双林水库除险加固工程开工"], after: ["双林水库除险加固主体完工"])
        let dropped = Array(before.tasks.prefix(2))
        let unmatched = [try #require(after.tasks.last)]
        let found = ContinuationFinder.find(before: before, after: after, dropped: dropped, unmatched: unmatched)
        #expect(found.count == 1)
        #expect(found[dropped[1].id]?.after.id == unmatched[0].id)
    }

    @Test func aPossibleContinuationIsNeverDroppedWhileUnfinishedButAHighlightWithTheLinkCommand() throws {
        let (before, after) = Self.sides(
            before: ["推进青山湖科技城二期建设，完成投资5亿元"],
            after: ["聚焦数字经济招大引强，推动青山湖科技城二期导入优质企业20家、实现产值10亿元"])
        let diff = ReportDiffer.diff(before: before, after: after)
        let lines = DigestHighlighter.highlights(for: diff)
        #expect(!lines.contains { $0.kind == .droppedUnfinished })
        let line = try #require(lines.first { $0.kind == .possibleContinuation })
        #expect(line.beforeNumber == "1" && line.afterNumber == "7")
        #expect(line.text.contains("goalpost link 临安区/2024-12#1 临安区/2025-12#7"))
        #expect(line.text.contains("部分完成"))
    }

    @Test func aDeliveredTaskWithACandidateGetsNoHighlightButKeepsTheCandidate() {
        let (before, after) = Self.sides(
            before: ["推进青山湖科技城二期建设，完成投资5亿元"],
            after: ["聚焦数字经济招大引强，推动青山湖科技城二期导入优质企业20家、实现产值10亿元"], beforeStatus: .met)
        let diff = ReportDiffer.diff(before: before, after: after)
        #expect(Self.dropped(diff).first?.possibleContinuation != nil)
        #expect(!DigestHighlighter.highlights(for: diff).contains { $0.kind == .possibleContinuation })
    }

    @Test func theJSONItemCarriesTheCandidateAndReadsBack() throws {
        let (before, after) = Self.sides(
            before: ["推进青山湖科技城二期建设，完成投资5亿元"],
            after: ["聚焦数字经济招大引强，推动青山湖科技城二期导入优质企业20家、实现产值10亿元"])
        let diff = ReportDiffer.diff(before: before, after: after)
        let item = try #require(Self.dropped(diff).first)
        let object = try S.json(item)
        let candidate = try #require(object["possibleContinuation"] as? [String: Any])
        #expect((candidate["after"] as? [String: Any])?["number"] as? String == "7")
        #expect(candidate["similarity"] is Double && candidate["evidence"] is String)
        let decoded = try JSONDecoder().decode(DiffItem.self, from: JSONEncoder().encode(item))
        #expect(decoded == item)
        let linked = try #require(diff.items.first { $0.link != nil })
        #expect(try S.json(linked)["possibleContinuation"] is NSNull)
    }
}
