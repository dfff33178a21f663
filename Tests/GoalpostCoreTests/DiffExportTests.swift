import Testing

@testable import GoalpostCore

/// The flat task history export with lineage ids.
struct DiffExportTests {
    @Test func exportCarriesLineageIdsAcrossYears() throws {
        let sides = try YearFixtures.labels.enumerated().map { try YearFixtures.side($1, reportID: Int64($0 + 1)) }
        let rows = TaskHistoryExport.rows(sides: sides.reversed(), lineages: RegionDigester.lineages(of: sides))
        #expect(rows.count == sides.reduce(0) { $0 + $1.tasks.count })
        #expect(rows.first?.year == 2021)
        let supply = rows.filter { $0.task.hasPrefix("工业用地供地") }
        #expect(supply.count == 5 && Set(supply.map(\.lineageID)).count == 1)
    }

    @Test func csvHasByteOrderMarkAndQuotesCellsWithCommasAndBreaks() {
        let row = TaskHistoryRow(
            lineageID: 1, region: "临安区", year: 2023, asOfMonth: 12, sourceFile: "a.txt", taskID: 1, number: "1",
            category: "扩空间", task: "完成拆迁，\"1+3\"平台", progress: "1.已完成；\n2.推进中", status: "met", owner: ""
        )
        let csv = TaskHistoryExport.csv([row])
        #expect(csv.hasPrefix("\u{FEFF}lineageId,region,"))
        #expect(csv.contains("\"1.已完成；\n2.推进中\""))
        #expect(csv.contains("完成拆迁，\"\"1+3\"\"平台"))
        #expect(csv.hasSuffix("\r\n"))
    }
}
