/// One task row (工作任务) of a table with its progress text (完成情况 / 进展情况).
package struct ReportTask: Sendable, Equatable, Codable {
    /// The number as written ("1", "(一)"), or "" when the table has none.
    package var number: String
    /// Ordinal of the enclosing section, if any.
    package var section: Int?
    /// Name of the goal category the task belongs to, if any.
    package var category: String?
    /// The task text as written (cell line breaks kept as "\n").
    package var task: String
    /// The progress text as written.
    package var progress: String
    /// Responsible unit(s) (责任单位 / 牵头单位) as written, when the table has that column.
    package var owner: String?
    /// Problems noticed while parsing this row.
    package var warnings: [String]
    /// Targets, achieved figures and outcome status, once assessed.
    package var assessment: TaskAssessment?

    package init(
        number: String, section: Int?, category: String?, task: String, progress: String,
        owner: String? = nil, warnings: [String] = [], assessment: TaskAssessment? = nil
    ) {
        self.number = number
        self.section = section
        self.category = category
        self.task = task
        self.progress = progress
        self.owner = owner
        self.warnings = warnings
        self.assessment = assessment
    }
}
