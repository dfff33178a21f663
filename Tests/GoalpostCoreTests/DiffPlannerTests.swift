import Testing

@testable import GoalpostCore

/// Which earlier reports a new report is compared with.
struct DiffPlannerTests {
    typealias T = DiffTestSupport

    static let history = [
        T.summary(id: 1, year: 2022, file: "a"), T.summary(id: 2, year: 2023, month: 6, file: "b"),
        T.summary(id: 3, year: 2023, file: "c"), T.summary(id: 4, year: 2024, month: 6, file: "d"),
    ]

    @Test func yearEndIsComparedWithLastYearEndAndTheSameYearsHalfYear() {
        let report = T.summary(id: 9, year: 2024, file: "e")
        #expect(ComparisonPlanner.baselines(for: report, among: Self.history + [report]).map(\.id) == [3, 4])
        #expect(ComparisonPlanner.yearOverYear(for: report, among: Self.history)?.id == 3)
    }

    @Test func halfYearIsComparedWithLastYearEnd() {
        let report = T.summary(id: 9, year: 2023, month: 6, file: "x")
        #expect(ComparisonPlanner.baselines(for: report, among: Self.history).map(\.id) == [1])
    }

    @Test func yearWithoutYearEndUsesItsLatestPeriod() {
        let report = T.summary(id: 9, year: 2025, file: "x")
        #expect(ComparisonPlanner.baselines(for: report, among: Self.history).map(\.id) == [4])
    }

    @Test func supersededEditionsAndOtherRegionsAreIgnored() {
        var old = T.summary(id: 5, year: 2023, file: "old")
        old.current = false
        var elsewhere = T.summary(id: 6, year: 2023, file: "y")
        elsewhere.region = "余杭区"
        let report = T.summary(id: 9, year: 2024, month: 3, file: "x")
        #expect(ComparisonPlanner.baselines(for: report, among: Self.history + [old, elsewhere]).map(\.id) == [3])
    }

    @Test func firstReportHasNoBaseline() {
        #expect(ComparisonPlanner.baselines(for: Self.history[0], among: Self.history).isEmpty)
    }
}
