import Foundation
import GoalpostCore
import GRDB

extension ReportStore {
    /// Records `status` for task `taskId`; it wins over the computed status of that task in every edition
    /// of its report's period, and survives reparses.
    package func override(taskId: Int64, status: OutcomeStatus, reason: String, at time: Date = Date()) throws -> StatusOverride {
        let decision = StatusOverride(status: status, reason: reason, at: Timestamp.iso8601(time))
        try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT r.region, r.year, r.asOfMonth, t.number, t.task FROM task t JOIN report r ON r.id = t.reportId WHERE t.id = ?
                """, arguments: [taskId])
            else { throw StoreError.unknownTask(reference: "task:\(taskId)") }
            try db.execute(sql: """
                INSERT INTO status_override (region, year, asOfMonth, number, taskText, status, reason, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (region, year, asOfMonth, number, taskText) DO UPDATE SET status = excluded.status,
                    reason = excluded.reason, at = excluded.at
                """, arguments: [row["region"], row["year"], row["asOfMonth"], row["number"], row["task"],
                                 status.rawValue, reason, decision.at])
        }
        return decision
    }

    /// Attaches the period's overrides to `tasks`: same number and text, else the same text, else the same
    /// number with a similar text (a corrected edition).
    func attachOverrides(_ tasks: [StoredTask], region: String, year: Int, asOfMonth: Int, db: Database) throws -> [StoredTask] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT number, taskText, status, reason, at FROM status_override WHERE region = ? AND year = ? AND asOfMonth = ?
            """, arguments: [region, year, asOfMonth])
        guard !rows.isEmpty else { return tasks }
        let decisions = rows.compactMap { row -> (number: String, text: String, value: StatusOverride)? in
            guard let status = OutcomeStatus(rawValue: row["status"]) else { return nil }
            return (row["number"], row["taskText"], StatusOverride(status: status, reason: row["reason"], at: row["at"]))
        }
        return tasks.map { task in
            var copy = task
            copy.statusOverride = (decisions.first { $0.number == task.number && $0.text == task.task }
                ?? decisions.first { $0.text == task.task }
                ?? decisions.first { $0.number == task.number && !$0.number.isEmpty && TextSimilarity.dice($0.text, task.task) >= 0.6 })?.value
            return copy
        }
    }
}
