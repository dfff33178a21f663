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

    /// Removes report `id` and its rows, and its kept original when no other report holds it; when
    /// it was current, the latest other edition of its period becomes current.
    ///
    /// Returns the id of the promoted edition, if any.
    package func forget(id: Int64) throws -> Int64? {
        try pool.write { db in
            let columns = "region, year, asOfMonth, isCurrent, sha256"
            guard let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM report WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownReport(reference: "id:\(id)", candidates: [])
            }
            try db.execute(sql: "DELETE FROM report WHERE id = ?", arguments: [id])
            try dropUnheldOriginal(sha256: row["sha256"], db: db)
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
    /// The report keeps its id, region, year, month, edition and ingest time. `original`, the
    /// bytes the report was read from (checked against its SHA-256 by the caller), is kept when
    /// the history had none for it (a report stored before originals were kept).
    package func replaceContents(id: Int64, with report: Report, original: [UInt8]? = nil) throws {
        try pool.write { db in
            if let original, let sha256 = try String.fetchOne(db, sql: "SELECT sha256 FROM report WHERE id = ?", arguments: [id]) {
                try keepOriginal(original, sha256: sha256, db: db)
            }
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
