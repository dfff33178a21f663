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
    /// What the task is to deliver (目标任务 / 年度目标 / 项目内容), beside a task-name column.
    package var targetText: String?
    /// What was planned by when (进度安排 / 月度工作计划 / 一季度目标).
    package var plan: String?
    /// The office's own short judgement (完成状态 / 进度是否滞后: 达序推进, 已完成, 滞后).
    package var verdict: String?
    /// What the work achieved (完成成效).
    package var result: String?
    /// Every other column of the row (leader, deadline, funding, remarks, unknown ones), in table order.
    package var columns: [TaskColumn]
    /// Problems noticed while parsing this row.
    package var warnings: [String]
    /// Targets, achieved figures and outcome status, once assessed.
    package var assessment: TaskAssessment?

    package init(
        number: String, section: Int?, category: String?, task: String, progress: String,
        owner: String? = nil, warnings: [String] = [], assessment: TaskAssessment? = nil,
        targetText: String? = nil, plan: String? = nil, verdict: String? = nil, result: String? = nil,
        columns: [TaskColumn] = []
    ) {
        self.number = number
        self.section = section
        self.category = category
        self.task = task
        self.progress = progress
        self.owner = owner
        self.targetText = targetText
        self.plan = plan
        self.verdict = verdict
        self.result = result
        self.columns = columns
        self.warnings = warnings
        self.assessment = assessment
    }
}

/// A column of a task row that has no field of its own: its header as written, its role if the
/// header names one goalpost knows (leader, deadline, funding, remarks …), and the cell's text.
package struct TaskColumn: Sendable, Equatable, Codable {
    package var header: String
    package var role: ColumnRole?
    package var text: String

    package init(header: String, role: ColumnRole?, text: String) {
        self.header = header
        self.role = role
        self.text = text
    }

    /// Writes `role: null` for a header of no known role, as the contract's `str|null` requires.
    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(header, forKey: .header)
        try container.encode(role, forKey: .role)
        try container.encode(text, forKey: .text)
    }
}
