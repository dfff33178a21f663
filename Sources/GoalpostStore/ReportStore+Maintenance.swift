import Foundation
import GoalpostCore
import GRDB

extension ReportStore {
    /// Where the original of report `id` is kept (archive path, or the path given to `ingest`).
    package func sourcePath(id: Int64) throws -> String? {
        try pool.read { try String.fetchOne($0, sql: "SELECT sourcePath FROM report WHERE id = ?", arguments: [id]) }
    }
}

extension ReportStore {
    /// Copies the database to `path` with SQLite's online backup; safe while the daemon writes.
    package func backup(to path: String) throws {
        let target = try DatabaseQueue(path: path)
        try pool.backup(to: target)
    }

    /// Removes report `id` and its rows; when it was current, the latest other edition of its period becomes current.
    ///
    /// Returns the id of the promoted edition, if any.
    package func forget(id: Int64) throws -> Int64? {
        try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT region, year, asOfMonth, isCurrent FROM report WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownReport(reference: "id:\(id)", candidates: [])
            }
            try db.execute(sql: "DELETE FROM report WHERE id = ?", arguments: [id])
            guard row["isCurrent"] as Bool else { return nil }
            let promoted = try Int64.fetchOne(
                db, sql: "SELECT id FROM report WHERE region = ? AND year = ? AND asOfMonth = ? ORDER BY id DESC LIMIT 1",
                arguments: [row["region"], row["year"], row["asOfMonth"]])
            if let promoted { try db.execute(sql: "UPDATE report SET isCurrent = 1 WHERE id = ?", arguments: [promoted]) }
            return promoted
        }
    }

    /// Replaces the sections, categories and tasks of report `id` with `report`'s, in one transaction.
    ///
    /// The report keeps its id, region, year, month, edition and ingest time.
    package func replaceContents(id: Int64, with report: Report) throws {
        try pool.write { db in
            for table in ["task", "category", "section"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE reportId = ?", arguments: [id])
            }
            try db.execute(
                sql: "UPDATE report SET title = ?, warnings = ? WHERE id = ?",
                arguments: [report.title, JSONList.encode(report.warnings), id])
            try insertContents(of: report, reportId: id, db: db)
        }
    }

    /// Number of stored reports (all editions).
    package func reportCount() throws -> Int {
        try pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM report") ?? 0 }
    }
}
