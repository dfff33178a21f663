/// One side of a comparison: a report's summary and its tasks in table order.
package struct DiffSide: Sendable, Equatable {
    /// The report summary (CONTRACTS.md).
    package var summary: DiffReportSummary
    /// Tasks in table order.
    package var tasks: [DiffTask]

    package init(summary: DiffReportSummary, tasks: [DiffTask]) {
        self.summary = summary
        self.tasks = tasks
    }

    /// Category names in order of first appearance; nil stands for the tasks that have none.
    package var categoryNames: [String?] {
        var seen = Set<String?>()
        return tasks.compactMap { task in
            seen.insert(task.category).inserted ? .some(task.category) : nil
        }
    }
}
