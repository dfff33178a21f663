import Foundation
import GoalpostCore
import GRDB

/// A user's link decision: two tasks are (confirmed) or are not (broken) the same task.
package enum LinkDecisionKind: String, Sendable, Codable {
    case confirmed
    case broken
}

extension ReportStore {
    /// Records that tasks `before` and `after` (ids) are, or are not, the same task.
    ///
    /// Stored by region, period and task number, so the decision holds for corrected editions and reparses.
    package func decide(before: Int64, after: Int64, _ kind: LinkDecisionKind, at time: Date = Date()) throws {
        try pool.write { db in
            let first = try Self.taskKey(before, db: db)
            let second = try Self.taskKey(after, db: db)
            guard first.region == second.region else {
                throw StoreError.unknownTask(reference: "task:\(after) (not in the region of task:\(before))")
            }
            let (earlier, later) = (first.year, first.month) <= (second.year, second.month) ? (first, second) : (second, first)
            try db.execute(sql: """
                INSERT INTO link_decision (region, beforeYear, beforeMonth, beforeNumber, afterYear, afterMonth, afterNumber, kind, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (region, beforeYear, beforeMonth, beforeNumber, afterYear, afterMonth, afterNumber)
                DO UPDATE SET kind = excluded.kind, at = excluded.at
                """, arguments: [earlier.region, earlier.year, earlier.month, earlier.number, later.year, later.month,
                                 later.number, kind.rawValue, Timestamp.iso8601(time)])
        }
    }

    private static func taskKey(_ id: Int64, db: Database) throws -> (region: String, year: Int, month: Int, number: String) {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.region, r.year, r.asOfMonth, t.number FROM task t JOIN report r ON r.id = t.reportId WHERE t.id = ?
            """, arguments: [id])
        else { throw StoreError.unknownTask(reference: "task:\(id)") }
        return (row["region"], row["year"], row["asOfMonth"], row["number"])
    }

    /// The region's link decisions, as pairs of the current editions' task ids.
    package func linkDecisions(region: String) throws -> LinkDecisions {
        let region = regionAliases.canonical(region)
        return try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM link_decision WHERE region = ?", arguments: [region])
            var decisions = LinkDecisions()
            for row in rows {
                guard let before = try Self.currentTaskId(region, row["beforeYear"], row["beforeMonth"], row["beforeNumber"], db),
                    let after = try Self.currentTaskId(region, row["afterYear"], row["afterMonth"], row["afterNumber"], db)
                else { continue }
                let pair = TaskPair(before: before, after: after)
                if row["kind"] == LinkDecisionKind.confirmed.rawValue { decisions.confirmed.append(pair) } else { decisions.broken.append(pair) }
            }
            return decisions
        }
    }

    private static func currentTaskId(_ region: String, _ year: Int, _ month: Int, _ number: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT t.id FROM task t JOIN report r ON r.id = t.reportId
            WHERE r.region = ? AND r.year = ? AND r.asOfMonth = ? AND r.isCurrent = 1 AND t.number = ?
            ORDER BY t.position LIMIT 1
            """, arguments: [region, year, month, number])
    }

    /// The category alias table kept by `goalpost alias`: former name → name.
    package func categoryAliases() throws -> [String: String] {
        try pool.read { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT name, canonical FROM category_alias").map { ($0["name"], $0["canonical"]) },
                       uniquingKeysWith: { first, _ in first })
        }
    }

    /// Adds (or, with a nil `canonical`, removes) a category alias.
    package func setCategoryAlias(_ name: String, to canonical: String?, at time: Date = Date()) throws {
        try pool.write { db in
            if let canonical {
                try db.execute(sql: """
                    INSERT INTO category_alias (name, canonical, at) VALUES (?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET canonical = excluded.canonical, at = excluded.at
                    """, arguments: [name, canonical, Timestamp.iso8601(time)])
            } else {
                try db.execute(sql: "DELETE FROM category_alias WHERE name = ?", arguments: [name])
            }
        }
    }
}
