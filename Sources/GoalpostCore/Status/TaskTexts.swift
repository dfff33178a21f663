/// The texts of one task row that its judgement reads, compared in simplified characters.
package struct TaskTexts: Sendable, Equatable {
    /// The task as promised (工作任务).
    package var task: String
    /// The year's target column, when the table has one (年度目标 beside a multi-year task).
    package var targetText: String?
    /// What was reported (完成情况 / 进展情况).
    package var progress: String
    /// The office's own short judgement column (达序推进, 已完成, 滞后).
    package var verdict: String?
    /// What was planned by the report's month (进度安排).
    package var plan: String?
    /// The completion-rate column (1-8月实际完成率%), when the table has one.
    package var completionRate: String?

    package init(
        task: String, progress: String, targetText: String? = nil, verdict: String? = nil, plan: String? = nil,
        completionRate: String? = nil
    ) {
        self.task = task
        self.progress = progress
        self.targetText = targetText
        self.verdict = verdict
        self.plan = plan
        self.completionRate = completionRate
    }

    /// The texts of a task row as read.
    package init(_ row: ReportTask) {
        let rate = row.columns.first { $0.role == nil && $0.header.contains(BareFigures.completionRateWord) }
        self.init(
            task: row.task, progress: row.progress, targetText: row.targetText, verdict: row.verdict, plan: row.plan,
            completionRate: rate?.text)
    }

    /// Every text in simplified characters (traditional tables are judged like simplified ones).
    package var simplified: TaskTexts {
        TaskTexts(
            task: SimplifiedChinese.simplified(task), progress: SimplifiedChinese.simplified(progress),
            targetText: targetText.map(SimplifiedChinese.simplified), verdict: verdict.map(SimplifiedChinese.simplified),
            plan: plan.map(SimplifiedChinese.simplified), completionRate: completionRate.map(SimplifiedChinese.simplified))
    }

    /// The task with its target column: what was promised, for the deliverable and continuing words.
    package var promise: String {
        [task, targetText].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
