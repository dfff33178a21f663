import GRDB

/// One stored report as `goalpost reports --json` prints it (CONTRACTS.md).
package struct ReportSummary: Sendable, Equatable, Codable {
    package var id: Int64
    package var region: String
    package var year: Int
    package var asOfMonth: Int
    package var title: String
    package var sourceFile: String
    package var sha256: String
    package var sections: Int
    package var categories: Int
    package var tasks: Int
    /// ISO-8601 time the report was committed.
    package var ingestedAt: String
    /// False for an edition superseded by a later file of the same region, year and month.
    package var current: Bool

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
        id = row["id"]
        region = row["region"]
        year = row["year"]
        asOfMonth = row["asOfMonth"]
        title = row["title"]
        sourceFile = row["sourceFile"]
        sha256 = row["sha256"]
        ingestedAt = row["ingestedAt"]
        current = row["isCurrent"]
        sections = row["sectionCount"]
        categories = row["categoryCount"]
        tasks = row["taskCount"]
    }
}
