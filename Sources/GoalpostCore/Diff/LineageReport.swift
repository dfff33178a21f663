/// What lineage needs of one report: its period and its tasks' ids and statuses.
package struct LineageReport: Sendable, Equatable {
    /// Store id of the report, the last tie-break when two reports share a period.
    package var reportID: Int64
    /// Year of the report.
    package var year: Int
    /// Month the progress is reported as of.
    package var asOfMonth: Int
    /// The report's tasks: id and status (nil when unknown).
    package var tasks: [(id: Int64, status: OutcomeStatus?)]

    package init(reportID: Int64, year: Int, asOfMonth: Int, tasks: [(id: Int64, status: OutcomeStatus?)]) {
        self.reportID = reportID
        self.year = year
        self.asOfMonth = asOfMonth
        self.tasks = tasks
    }

    /// The side of a comparison as a lineage report.
    package init(_ side: DiffSide) {
        self.init(
            reportID: side.summary.id, year: side.summary.year, asOfMonth: side.summary.asOfMonth,
            tasks: side.tasks.map { (id: $0.id, status: $0.status) }
        )
    }

    package static func == (left: LineageReport, right: LineageReport) -> Bool {
        left.reportID == right.reportID && left.year == right.year && left.asOfMonth == right.asOfMonth
            && left.tasks.map(\.id) == right.tasks.map(\.id) && left.tasks.map(\.status) == right.tasks.map(\.status)
    }
}
