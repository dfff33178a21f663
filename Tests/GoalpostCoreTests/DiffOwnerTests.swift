import Testing

@testable import GoalpostCore

/// Unfinished and no-longer-listed tasks per responsible unit.
struct DiffOwnerTests {
    typealias T = DiffTestSupport

    @Test func ownersListUnfinishedAndDroppedTasks() {
        var kept = T.task(1, "1", "A", "建成开放玲珑山公园。", status: .inProgress)
        kept.owner = "区建设局\n区园文局"
        var gone = T.task(2, "2", "A", "改建吴越国博物馆。", status: .partial)
        gone.owner = "区文广旅体局、区建设局"
        var keptLater = T.task(11, "1", "A", "建成开放玲珑山公园。", status: .met)
        keptLater.owner = "区建设局\n区园文局"
        let before = T.side(id: 1, year: 2023, [kept, gone])
        let after = T.side(id: 2, year: 2024, [keptLater])
        let diff = ReportDiffer.diff(before: before, after: after)
        let rows = OwnerSummary.summaries(side: after, before: before, diff: diff)
        #expect(rows.map(\.owner) == ["区园文局", "区建设局", "区文广旅体局"].sorted())
        let building = rows.first { $0.owner == "区建设局" }
        #expect(building?.tasks == 1 && building?.unfinished.isEmpty == true)
        #expect(building?.dropped.map(\.number) == ["2"])
        #expect(rows.first { $0.owner == "区文广旅体局" }?.tasks == 0)
    }
}
