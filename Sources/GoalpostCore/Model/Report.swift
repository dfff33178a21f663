/// A parsed progress table (进展情况表 / 完成情况表) of one region, year and period.
package struct Report: Sendable, Equatable, Codable {
    /// The region the table reports on, e.g. 临安区.
    package var region: String
    /// The year of the work report (政府工作报告) the tasks come from.
    package var year: Int
    /// The month the progress is reported as of: 12 for year-end tables, 6 for half-year ones.
    package var asOfMonth: Int
    /// The table's title as written.
    package var title: String
    /// The name of the file the table was read from, without its folder.
    package var sourceFile: String
    /// Lower-case hex SHA-256 of the file's bytes.
    package var sha256: String
    /// Section rows (一、…) in table order.
    package var sections: [Section]
    /// Goal categories (工作目标) in table order, each name once.
    package var categories: [Category]
    /// Numbered tasks in table order.
    package var tasks: [ReportTask]
    /// Report-level warnings, e.g. a truncated last row.
    package var warnings: [String]

    package init(
        region: String, year: Int, asOfMonth: Int, title: String, sourceFile: String,
        sha256: String, sections: [Section], categories: [Category], tasks: [ReportTask],
        warnings: [String] = []
    ) {
        self.region = region
        self.year = year
        self.asOfMonth = asOfMonth
        self.title = title
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.sections = sections
        self.categories = categories
        self.tasks = tasks
        self.warnings = warnings
    }
}
