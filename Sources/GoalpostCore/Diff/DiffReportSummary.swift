/// One report as `goalpost reports --json` describes it (CONTRACTS.md report summary).
package struct DiffReportSummary: Sendable, Equatable, Codable {
    /// Store id of the report.
    package var id: Int64
    /// Region name after aliases, e.g. 临安区.
    package var region: String
    /// Year of the work report.
    package var year: Int
    /// Month the progress is reported as of (12 for year-end tables).
    package var asOfMonth: Int
    /// Title as written.
    package var title: String
    /// File name the report was read from.
    package var sourceFile: String
    /// Lower-case hex SHA-256 of the file.
    package var sha256: String
    /// Number of sections.
    package var sections: Int
    /// Number of goal categories.
    package var categories: Int
    /// Number of tasks.
    package var tasks: Int
    /// ISO-8601 time the report was stored.
    package var ingestedAt: String
    /// False for a superseded edition.
    package var current: Bool

    package init(
        id: Int64, region: String, year: Int, asOfMonth: Int, title: String, sourceFile: String, sha256: String,
        sections: Int, categories: Int, tasks: Int, ingestedAt: String, current: Bool
    ) {
        self.id = id
        self.region = region
        self.year = year
        self.asOfMonth = asOfMonth
        self.title = title
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.sections = sections
        self.categories = categories
        self.tasks = tasks
        self.ingestedAt = ingestedAt
        self.current = current
    }

    /// `YEAR` for year-end reports, else `YEAR-MM`: how digests and file names name a period.
    package var periodLabel: String {
        asOfMonth == 12 ? "\(year)" : "\(year)-\(asOfMonth < 10 ? "0" : "")\(asOfMonth)"
    }
}
