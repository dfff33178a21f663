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

    /// Category names in order of first appearance; a task without one counts under "".
    package var categoryNames: [String] {
        var seen = Set<String>()
        return tasks.compactMap { task in
            let name = task.category ?? ""
            return seen.insert(name).inserted ? name : nil
        }
    }
}
