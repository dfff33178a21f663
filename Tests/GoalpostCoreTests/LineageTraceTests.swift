import Testing
@testable import GoalpostCore

@Suite struct LineageTraceTests {
    static func side(_ id: Int64, _ year: Int, _ tasks: [DiffTask]) -> DiffSide {
        DiffTestSupport.side(id: id, year: year, tasks)
    }

    @Test func renamedCategoryIsNotAMoveButLeavingALiveCategoryIs() {
        let earlier = Self.side(1, 2022, [
            DiffTask(id: 1, number: "1", category: "扩空间", task: "工业用地供地1000亩以上。"),
            DiffTask(id: 2, number: "2", category: "抓项目", task: "实际利用外资2亿美元。"),
        ])
        let later = Self.side(2, 2023, [
            DiffTask(id: 3, number: "1", category: "拓展空间", task: "工业用地供地1000亩以上。"),
            DiffTask(id: 4, number: "2", category: "拓展空间", task: "实际利用外资2亿美元。"),
            DiffTask(id: 5, number: "3", category: "抓项目", task: "招引亿元以上项目。"),
        ])
        let renamed = LineageTrace.entries(
            of: TaskLineage(lineageID: 1, taskIDs: [1, 3], firstYear: 2022, lastYear: 2023, unfinishedYears: []), sides: [earlier, later])
        let moved = LineageTrace.entries(
            of: TaskLineage(lineageID: 2, taskIDs: [2, 4], firstYear: 2022, lastYear: 2023, unfinishedYears: []), sides: [earlier, later])
        #expect(renamed.map(\.categoryChanged) == [false, false])
        #expect(moved.map(\.categoryChanged) == [false, true])
    }
}
