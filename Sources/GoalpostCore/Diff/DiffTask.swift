/// One task as the diff sees it: identity, text, outcome and promised figures.
package struct DiffTask: Sendable, Equatable {
    /// Store id of the task.
    package var id: Int64
    /// Number as written ("1", "(一)", "").
    package var number: String
    /// Goal category (工作目标), nil when the table has none.
    package var category: String?
    /// Task text (工作任务) as written.
    package var task: String
    /// Progress text (完成情况) as written.
    package var progress: String
    /// Computed or overridden outcome, nil when unknown.
    package var status: OutcomeStatus?
    /// Figures promised in the task text, with canonical units.
    package var targets: [Quantity]
    /// Responsible unit(s) as written, when the table names them.
    package var owner: String?

    package init(
        id: Int64, number: String, category: String?, task: String, progress: String = "",
        status: OutcomeStatus? = nil, targets: [Quantity] = [], owner: String? = nil
    ) {
        self.id = id
        self.number = number
        self.category = category
        self.task = task
        self.progress = progress
        self.status = status
        self.targets = targets
        self.owner = owner
    }
}
