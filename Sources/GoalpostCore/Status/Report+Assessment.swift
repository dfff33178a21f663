extension Report {
    /// This report with every task's targets, achieved figures, status and schedule filled in.
    package func assessed() -> Report {
        var copy = self
        copy.tasks = tasks.map { task in
            var assessed = task
            assessed.assessment = TaskAssessor.assess(TaskTexts(task), asOfMonth: asOfMonth)
            return assessed
        }
        return copy
    }
}
