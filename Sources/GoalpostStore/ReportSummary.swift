import GoalpostCore
import GRDB

/// One stored report as `goalpost reports --json` prints it (CONTRACTS.md): the core's summary type.
package typealias ReportSummary = DiffReportSummary

extension DiffReportSummary {
    /// A human reference: `REGION/YEAR` for year-end reports, `REGION/YEAR-MM` otherwise.
    package var reference: String { Self.reference(region: region, year: year, asOfMonth: asOfMonth) }

    /// `REGION/YEAR` when `asOfMonth` is 12, else `REGION/YEAR-MM`.
    package static func reference(region: String, year: Int, asOfMonth: Int) -> String {
        asOfMonth == 12 ? "\(region)/\(year)" : "\(region)/\(year)-\(asOfMonth < 10 ? "0" : "")\(asOfMonth)"
    }

    static let selectSQL = """
        SELECT r.id, r.region, r.year, r.asOfMonth, r.title, r.sourceFile, r.sha256, r.ingestedAt, r.isCurrent,
            (SELECT COUNT(*) FROM section s WHERE s.reportId = r.id) AS sectionCount,
            (SELECT COUNT(*) FROM category c WHERE c.reportId = r.id) AS categoryCount,
            (SELECT COUNT(*) FROM task t WHERE t.reportId = r.id) AS taskCount
        FROM report r
        """

    init(row: Row) {
        self.init(
            id: row["id"], region: row["region"], year: row["year"], asOfMonth: row["asOfMonth"], title: row["title"],
            sourceFile: row["sourceFile"], sha256: row["sha256"], sections: row["sectionCount"],
            categories: row["categoryCount"], tasks: row["taskCount"], ingestedAt: row["ingestedAt"], current: row["isCurrent"])
    }
}
