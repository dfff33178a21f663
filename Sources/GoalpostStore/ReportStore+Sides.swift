import GoalpostCore
import GRDB

extension ReportStore {
    /// Every report of `region` (all editions) as comparison sides, tasks with their effective status and targets.
    package func sides(region: String) throws -> [DiffSide] {
        try summaries(region: region).compactMap { try side(id: $0.id) }
    }

    /// Report `id` as a comparison side.
    package func side(id: Int64) throws -> DiffSide? {
        guard let report = try report(id: id) else { return nil }
        let tasks = report.tasks.map { task in
            DiffTask(
                id: task.id, number: task.number, category: task.category, task: task.task, progress: task.progress,
                status: task.status, targets: task.targets, owner: task.owner)
        }
        return DiffSide(summary: report.summary, tasks: tasks)
    }

    /// Regions with at least one report, sorted.
    package func regions() throws -> [String] {
        try pool.read { try String.fetchAll($0, sql: "SELECT DISTINCT region FROM report ORDER BY region") }
    }
}

extension ReportStore {
    /// The region of the report holding task `id`.
    package func region(ofTask id: Int64) throws -> String? {
        try pool.read {
            try String.fetchOne($0, sql: "SELECT r.region FROM task t JOIN report r ON r.id = t.reportId WHERE t.id = ?", arguments: [id])
        }
    }
}
