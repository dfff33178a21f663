extension Report {
    /// This report with every task's targets, achieved figures, status and schedule filled in.
    package func assessed() -> Report {
        var copy = self
        copy.tasks = tasks.map { task in
            var assessed = task
            // Targets are read from the task and, where the table has one, its target column.
            let promise = [task.task, task.targetText].compactMap { $0 }.joined(separator: "\n")
            assessed.assessment = TaskAssessor.assess(task: promise, progress: task.progress, asOfMonth: asOfMonth)
            return assessed
        }
        return copy
    }
}
