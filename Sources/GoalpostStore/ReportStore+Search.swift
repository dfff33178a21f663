import GoalpostCore
import GRDB

extension ReportStore {
    /// Tasks of current reports whose task or progress text contains `text`, in history order.
    ///
    /// Three characters and more use the FTS5 trigram index; shorter queries scan with `instr()`,
    /// because trigrams cannot match them.
    package func search(_ text: String, region: String? = nil, limit: Int = 100) throws -> [SearchHit] {
        let query = text.trimmingWhitespace()
        guard !query.isEmpty else { return [] }
        let match: String
        var arguments: [any DatabaseValueConvertible] = []
        if query.count >= 3 {
            match = "t.id IN (SELECT rowid FROM task_fts WHERE task_fts MATCH ?)"
            arguments.append("\"" + query.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        } else {
            match = "(instr(t.task, ?) > 0 OR instr(t.progress, ?) > 0)"
            arguments += [query, query]
        }
        var sql = """
            SELECT t.id, t.reportId, t.number, t.category, t.task, t.progress, r.region, r.year, r.asOfMonth
            FROM task t JOIN report r ON r.id = t.reportId
            WHERE r.isCurrent = 1 AND \(match)
            """
        if let region { sql += " AND r.region = ?"; arguments.append(regionAliases.canonical(region)) }
        sql += " ORDER BY r.region, r.year, r.asOfMonth, t.position LIMIT ?"
        arguments.append(limit)
        return try pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                Self.hit(row, query: query)
            }
        }
    }

    private static func hit(_ row: Row, query: String) -> SearchHit {
        let task: String = row["task"]
        let progress: String = row["progress"]
        let inTask = task.contains(query)
        let inProgress = progress.contains(query)
        let reference = ReportSummary.reference(region: row["region"], year: row["year"], asOfMonth: row["asOfMonth"])
        return SearchHit(
            taskId: row["id"], reportId: row["reportId"], report: reference, number: row["number"],
            category: row["category"], task: task, progress: progress,
            matchedIn: inTask && inProgress ? "both" : (inTask ? "task" : "progress"))
    }
}
