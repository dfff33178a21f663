import Foundation
import Testing

@testable import GoalpostCore

/// Every item kind and the JSON shape of `goalpost diff --json` (CONTRACTS.md).
struct DiffKindTests {
    typealias T = DiffTestSupport

    static func sampleDiff() -> ReportDiff {
        let before = T.side(id: 1, year: 2023, [
            T.task(1, "1", "扩空间", "工业用地供地1000亩以上。", status: .met, targets: [T.area("1000亩以上", 1000)]),
            T.task(2, "2", "扩空间", "全年腾出用能3万吨标煤。", status: .met, targets: [T.area("3万吨标煤", 30000, unit: "吨标煤")]),
            T.task(3, "3", "扩空间", "持续推进青山湖综保工程建设。", status: .ongoing),
            T.task(4, "4", "扩空间", "完成横畈二期拓展区块土地征收。", status: .inProgress),
            T.task(5, "5", "抓项目", "实际利用外资2亿美元。", status: .exceeded),
            T.task(6, "6", "抓项目", "加强项目全生命周期管理服务。", status: .met),
        ])
        let after = T.side(id: 2, year: 2024, [
            T.task(11, "1", "扩空间", "工业用地供地1200亩以上。", targets: [T.area("1200亩以上", 1200)]),
            T.task(12, "2", "扩空间", "全年腾出用能30000吨标准煤。", targets: [T.area("30000吨标准煤", 30000, unit: "吨标煤")]),
            T.task(13, "3", "扩空间", "深化青山湖综保工程建设。"),
            T.task(14, "4", "扩空间", "实际利用外资2亿美元。"),
            T.task(15, "5", "抓项目", "加强项目全生命周期管理服务。"),
            T.task(16, "6", "抓项目", "培育人工智能、低空经济等未来产业。"),
        ])
        return ReportDiffer.diff(before: before, after: after)
    }

    @Test func everyItemKindIsProduced() {
        let items = Self.sampleDiff().items
        let byAfter = Dictionary(uniqueKeysWithValues: items.compactMap { item in item.after.map { ($0.id, item) } })
        #expect(byAfter[11]?.kind == .targetChanged)
        #expect(byAfter[11]?.targetChange == TargetChange(before: "1000亩以上", after: "1200亩以上", direction: .raised, ratio: 1.2))
        #expect(byAfter[12]?.kind == .same)
        #expect(byAfter[13]?.kind == .reworded)
        #expect(byAfter[13]?.reworded == true)
        #expect(byAfter[14]?.kind == .moved)
        #expect(byAfter[14]?.moved == true)
        #expect(byAfter[15]?.kind == .same)
        #expect(byAfter[16]?.kind == .new)
        #expect(items.filter { $0.kind == .dropped }.map(\.before?.id) == [4])
    }

    @Test func targetWrittenAnotherWayIsNotAChange() {
        let before = [T.area("3万吨标煤", 30000, unit: "吨标煤")]
        let after = [T.area("30000吨标准煤", 30000, unit: "吨标煤")]
        #expect(TargetChangeDetector.change(before: before, after: after) == nil)
    }

    @Test(arguments: [
        (Decimal(1000), Decimal(800), TargetDirection.lowered, 0.8),
        (Decimal(9500), Decimal(12000), TargetDirection.raised, 1.2632),
    ])
    func targetDirectionAndRatio(before: Decimal, after: Decimal, direction: TargetDirection, ratio: Double) {
        let change = TargetChangeDetector.change(before: [T.area("a", before)], after: [T.area("b", after)])
        #expect(change?.direction == direction)
        #expect(change?.ratio == ratio)
    }

    @Test func targetsMovingBothWaysAreChanged() {
        let change = TargetChangeDetector.change(
            before: [T.area("a", 10), T.area("b", 5, unit: "个")], after: [T.area("c", 12), T.area("d", 4, unit: "个")]
        )
        #expect(change?.direction == .changed)
        #expect(change?.ratio == nil)
        #expect(change?.before == "a、b")
    }

    @Test func deliveredSharesUseKnownStatusesOfTasksWithAnEndPoint() {
        let diff = Self.sampleDiff()
        let space = diff.categories.first { $0.name == "扩空间" }
        // met, met, in progress of three with an end point; the ongoing 持续推进 task is not counted.
        #expect(space?.deliveredBefore == 0.667)
        #expect(space?.deliveredAfter == nil)
        #expect(space?.tasksBefore == 4)
        #expect(space?.tasksAfter == 4)
    }

    @Test func jsonUsesTheContractFieldNamesAndExplicitNulls() throws {
        let object = try T.json(Self.sampleDiff())
        #expect(Set(object.keys) == ["schema", "from", "to", "categories"])
        #expect(object["schema"] as? Int == 1)
        let from = try #require(object["from"] as? [String: Any])
        #expect(Set(from.keys) == [
            "id", "region", "year", "asOfMonth", "title", "sourceFile", "sha256", "sections", "categories", "tasks",
            "ingestedAt", "current",
        ])
        let category = try #require((object["categories"] as? [[String: Any]])?.first)
        #expect(Set(category.keys) == [
            "name", "previousNames", "change", "tasksBefore", "tasksAfter", "deliveredBefore", "deliveredAfter", "items",
        ])
        #expect(category["deliveredAfter"] is NSNull)
        let items = try #require(category["items"] as? [[String: Any]])
        for item in items {
            #expect(Set(item.keys) == ["kind", "reworded", "moved", "before", "after", "similarity", "targetChange", "linkSource", "possibleContinuation"])
        }
        let new = try #require(items.first { $0["kind"] as? String == "new" } ?? (object["categories"] as? [[String: Any]])?
            .flatMap { $0["items"] as! [[String: Any]] }.first { $0["kind"] as? String == "new" })
        #expect(new["before"] is NSNull && new["similarity"] is NSNull && new["linkSource"] is NSNull)
        let raised = try #require(items.first { $0["kind"] as? String == "target_changed" })
        let change = try #require(raised["targetChange"] as? [String: Any])
        #expect(Set(change.keys) == ["before", "after", "direction", "ratio"])
        let side = try #require(raised["before"] as? [String: Any])
        #expect(Set(side.keys) == ["id", "number", "category", "task", "status"])
    }

    @Test func diffJSONRoundTrips() throws {
        let diff = Self.sampleDiff()
        let decoded = try JSONDecoder().decode(ReportDiff.self, from: JSONEncoder().encode(diff))
        #expect(decoded == diff)
    }
}
