import Foundation
import Testing

@testable import GoalpostCore

/// Task lineages through the generated Lin'an years.
struct LineageTests {
    typealias T = DiffTestSupport

    static func fixtureLineages(reversed: Bool = false) throws -> (sides: [DiffSide], lineages: [TaskLineage]) {
        let sides = try YearFixtures.labels.enumerated().map { try YearFixtures.side($1, reportID: Int64($0 + 1)) }
        let links = zip(sides, sides.dropFirst()).flatMap { TaskMatcher.match(before: $0, after: $1).links.map(\.pair) }
        let reports = sides.map(LineageReport.init)
        let input = reversed ? Array(reports.reversed()) : reports
        return (sides, LineageBuilder.lineages(reports: input, links: reversed ? links.reversed() : links))
    }

    @Test func lineagesSpanTheYearsATaskIsListed() throws {
        let (sides, lineages) = try Self.fixtureLineages()
        let first = try #require(lineages.first { $0.taskIDs.first == sides[0].tasks[0].id })
        #expect(first.firstYear == 2021 && first.lastYear == 2024)
        #expect(first.taskIDs.count == 5)
        #expect(first.lineageID == sides[0].tasks[0].id)
        let everyTask = sides.flatMap(\.tasks).map(\.id)
        #expect(lineages.flatMap(\.taskIDs).sorted() == everyTask.sorted())
        let games = try #require(sides[2].tasks.first { $0.category == "亚运筹办工作" })
        let gamesLineage = try #require(lineages.first { $0.taskIDs.contains(games.id) })
        #expect(gamesLineage.firstYear == 2023 && gamesLineage.lastYear == 2023)
        print("lineages: \(lineages.count), spanning all 5 reports: \(lineages.filter { $0.taskIDs.count == 5 }.count), chronic: \(lineages.filter(\.chronic).count)")
    }

    @Test func lineagesDoNotDependOnInputOrder() throws {
        #expect(try Self.fixtureLineages().lineages == Self.fixtureLineages(reversed: true).lineages)
    }

    @Test func taskUnfinishedInTwoYearsIsChronic() {
        let reports = [
            LineageReport(reportID: 7, year: 2021, asOfMonth: 12, tasks: [(id: 70, status: .inProgress)]),
            LineageReport(reportID: 3, year: 2022, asOfMonth: 12, tasks: [(id: 30, status: .met)]),
            LineageReport(reportID: 5, year: 2023, asOfMonth: 6, tasks: [(id: 50, status: .inProgress)]),
            LineageReport(reportID: 4, year: 2023, asOfMonth: 12, tasks: [(id: 40, status: .partial)]),
            LineageReport(reportID: 9, year: 2024, asOfMonth: 6, tasks: [(id: 90, status: .inProgress)]),
            LineageReport(reportID: 8, year: 2024, asOfMonth: 12, tasks: [(id: 80, status: .met)]),
        ]
        let links = [TaskPair(before: 70, after: 30), TaskPair(before: 30, after: 50), TaskPair(before: 50, after: 40),
                     TaskPair(before: 40, after: 90), TaskPair(before: 90, after: 80)]
        let lineages = LineageBuilder.lineages(reports: reports, links: links)
        #expect(lineages == [
            TaskLineage(lineageID: 70, taskIDs: [70, 30, 50, 40, 90, 80], firstYear: 2021, lastYear: 2024, unfinishedYears: [2021, 2023])
        ])
        #expect(lineages.first?.chronic == false, "met in 2022 between: not two consecutive year-ends")
    }

    /// Chronic: unfinished (partial or in progress) at two or more consecutive year-ends; a half-year
    /// report never counts, and a continuing policy (ongoing) is never unfinished.
    @Test func chronicNeedsConsecutiveUnfinishedYearEnds() {
        func chain(_ statuses: [(Int, Int, OutcomeStatus)]) -> TaskLineage? {
            let reports = statuses.enumerated().map { index, entry in
                LineageReport(reportID: Int64(index + 1), year: entry.0, asOfMonth: entry.1,
                              tasks: [(id: Int64(index + 10), status: entry.2)])
            }
            let links = (0..<(statuses.count - 1)).map { TaskPair(before: Int64($0 + 10), after: Int64($0 + 11)) }
            return LineageBuilder.lineages(reports: reports, links: links).first
        }
        #expect(chain([(2022, 12, .partial), (2023, 12, .inProgress)])?.chronic == true)
        #expect(chain([(2022, 12, .ongoing), (2023, 12, .ongoing)])?.chronic == false)
        #expect(chain([(2022, 12, .partial), (2023, 6, .inProgress), (2023, 12, .met)])?.unfinishedYears == [2022])
        #expect(chain([(2022, 12, .unclear), (2023, 12, .partial)])?.chronic == false)
    }

    @Test func linkSkippingAPeriodDoesNotFork() {
        let reports = [
            LineageReport(reportID: 1, year: 2023, asOfMonth: 12, tasks: [(id: 1, status: nil)]),
            LineageReport(reportID: 2, year: 2024, asOfMonth: 6, tasks: [(id: 2, status: nil)]),
            LineageReport(reportID: 3, year: 2024, asOfMonth: 12, tasks: [(id: 3, status: nil), (id: 4, status: nil)]),
        ]
        let links = [TaskPair(before: 1, after: 2), TaskPair(before: 2, after: 3), TaskPair(before: 1, after: 4)]
        let lineages = LineageBuilder.lineages(reports: reports, links: links)
        // The year-end link 1 → 4 is the spine; the half-year task joins the year-end task it leads to.
        #expect(lineages.map(\.taskIDs) == [[1, 4], [2, 3]])
        #expect(lineages.allSatisfy { !$0.chronic })
        // Without the direct link, the chain through the half-year report joins them.
        let chained = LineageBuilder.lineages(reports: reports, links: Array(links.prefix(2)))
        #expect(chained.map(\.taskIDs) == [[1, 2, 3], [4]])
    }

    /// A half-year report listing a subset attaches to the year-end lineages without cutting them:
    /// the task it leaves out stays chronic from 2023 to 2024.
    @Test func aPartialHalfYearReportDoesNotCutLineages() {
        let reports = [
            LineageReport(reportID: 1, year: 2023, asOfMonth: 12, tasks: [(id: 1, status: .partial), (id: 2, status: .partial)]),
            LineageReport(reportID: 2, year: 2024, asOfMonth: 6, tasks: [(id: 3, status: .inProgress)]),
            LineageReport(reportID: 3, year: 2024, asOfMonth: 12, tasks: [(id: 4, status: .partial), (id: 5, status: .inProgress)]),
        ]
        let links = [TaskPair(before: 1, after: 3), TaskPair(before: 3, after: 4), TaskPair(before: 1, after: 4),
                     TaskPair(before: 2, after: 5)]
        let lineages = LineageBuilder.lineages(reports: reports, links: links)
        #expect(lineages.map(\.taskIDs) == [[1, 3, 4], [2, 5]])
        #expect(lineages.allSatisfy { $0.chronic })
    }

    /// A link the user confirmed joins its two tasks whichever reports they are in (here skipping a
    /// year the task was not listed), before and over any computed link that disagrees.
    @Test func userLinksWinOverComputedLinks() {
        let reports = [
            LineageReport(reportID: 1, year: 2022, asOfMonth: 12, tasks: [(id: 1, status: .partial)]),
            LineageReport(reportID: 2, year: 2023, asOfMonth: 12, tasks: [(id: 2, status: .partial)]),
            LineageReport(reportID: 3, year: 2024, asOfMonth: 12, tasks: [(id: 3, status: .partial), (id: 4, status: .met)]),
        ]
        let computed = [TaskPair(before: 2, after: 3)]
        // 2022's task 1 reappears in 2024 as task 4 (the user says so); the computed 2023 → 2024 link stays.
        let skipping = LineageBuilder.lineages(reports: reports, links: computed, confirmed: [TaskPair(before: 1, after: 4)])
        #expect(skipping.map(\.taskIDs) == [[1, 4], [2, 3]])
        // The user says 2023's task 2 continues as task 4: the computed link to task 3 gives way.
        let overriding = LineageBuilder.lineages(reports: reports, links: computed, confirmed: [TaskPair(before: 2, after: 4)])
        #expect(overriding.map(\.taskIDs) == [[1], [2, 4], [3]])
    }
}

extension LineageTests {
    @Test func traceShowsEachPeriodsWordingAndTargetChanges() throws {
        let sides = try YearFixtures.labels.enumerated().map { try TestTargetExtractor.side($1, reportID: Int64($0 + 1)) }
        let links = zip(sides, sides.dropFirst()).flatMap { TaskMatcher.match(before: $0, after: $1).links.map(\.pair) }
        let lineages = LineageBuilder.lineages(reports: sides.map(LineageReport.init), links: links)
        let supply = try #require(sides[2].tasks.first { $0.task.hasPrefix("工业用地供地") })
        let lineage = try #require(lineages.first { $0.taskIDs.contains(supply.id) })
        let entries = LineageTrace.entries(of: lineage, sides: sides)
        #expect(entries.map(\.period) == ["2021", "2022", "2023", "2024-06", "2024"])
        #expect(entries.map(\.targets) == [["600亩以上"], ["800亩以上"], ["1000亩以上"], ["1100亩以上"], ["1200亩以上"]])
        #expect(entries.dropFirst().allSatisfy { $0.targetChange?.direction == .raised })
        #expect(entries.first?.targetChange == nil)
    }
}
