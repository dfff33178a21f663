/// One report's appearance of a task in its lineage (`goalpost trace`), with what changed since the last.
package struct LineageTraceEntry: Sendable, Equatable, Encodable {
    /// `YEAR` or `YEAR-MM`.
    package var period: String
    /// Source file of the report, for citing.
    package var sourceFile: String
    /// The task that period.
    package var task: DiffTaskRef
    /// Progress text as written.
    package var progress: String
    /// Target spans as written.
    package var targets: [String]
    /// True when the wording changed since the previous entry.
    package var reworded: Bool
    /// True when the task changed category since the previous entry (by name, after normalisation).
    package var categoryChanged: Bool
    /// The target change since the previous entry, nil when none.
    package var targetChange: TargetChange?

    private enum CodingKeys: String, CodingKey {
        case period, sourceFile, task, progress, targets, reworded, categoryChanged, targetChange
    }

    /// Encodes every field, a missing target change as JSON null.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(period, forKey: .period)
        try container.encode(sourceFile, forKey: .sourceFile)
        try container.encode(task, forKey: .task)
        try container.encode(progress, forKey: .progress)
        try container.encode(targets, forKey: .targets)
        try container.encode(reworded, forKey: .reworded)
        try container.encode(categoryChanged, forKey: .categoryChanged)
        try container.encode(targetChange, forKey: .targetChange)
    }
}

/// Lays out a lineage period by period (任务追踪).
package enum LineageTrace {
    /// True when the task changed category while its former category still exists in the later
    /// report (a move); a category that disappeared was renamed, split or merged, not left.
    static func movedCategory(from before: DiffTask, to after: DiffTask, in side: DiffSide) -> Bool {
        guard let former = before.category, let later = after.category else { return false }
        let formerName = TextNormalizer.comparable(former)
        guard formerName != TextNormalizer.comparable(later) else { return false }
        return side.categoryNames.contains { $0.map(TextNormalizer.comparable) == formerName }
    }

    /// The entries of `lineage`, earliest first; tasks not found in `sides` are skipped.
    package static func entries(of lineage: TaskLineage, sides: [DiffSide]) -> [LineageTraceEntry] {
        var located: [(DiffSide, DiffTask)] = []
        for id in lineage.taskIDs {
            for side in sides {
                if let task = side.tasks.first(where: { $0.id == id }) { located.append((side, task)) }
            }
        }
        var previous: DiffTask?
        return located.map { side, task in
            defer { previous = task }
            return LineageTraceEntry(
                period: side.summary.periodLabel, sourceFile: side.summary.sourceFile, task: DiffTaskRef(task),
                progress: task.progress, targets: task.targets.map(\.text),
                reworded: previous.map { ReportDiffer.isReworded($0, task) } ?? false,
                categoryChanged: previous.map { movedCategory(from: $0, to: task, in: side) } ?? false,
                targetChange: previous.flatMap { TargetChangeDetector.change(before: $0.targets, after: task.targets) }
            )
        }
    }
}
