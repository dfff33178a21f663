extension DiffSide {
    /// A side built from a parsed report, for tests, benchmarks and one-off comparisons outside the store.
    ///
    /// Task ids are `firstTaskID`, `firstTaskID + 1`, … in table order; `assess` supplies each task's
    /// status and targets (the store passes stored assessments instead).
    package init(
        report: Report, id: Int64, firstTaskID: Int64, ingestedAt: String = "",
        assess: (ReportTask) -> (status: OutcomeStatus?, targets: [Quantity]) = { _ in (nil, []) }
    ) {
        let summary = DiffReportSummary(
            id: id, region: report.region, year: report.year, asOfMonth: report.asOfMonth, title: report.title,
            sourceFile: report.sourceFile, sha256: report.sha256, sections: report.sections.count,
            categories: report.categories.count, tasks: report.tasks.count, ingestedAt: ingestedAt, current: true
        )
        let tasks = report.tasks.enumerated().map { offset, task in
            let assessment = assess(task)
            return DiffTask(
                id: firstTaskID + Int64(offset), number: task.number, category: task.category, task: task.task,
                progress: task.progress, status: assessment.status, targets: assessment.targets, owner: task.owner
            )
        }
        self.init(summary: summary, tasks: tasks)
    }
}
