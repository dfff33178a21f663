import Foundation
import GoalpostCore
import GRDB

/// What storing a parsed report did.
package enum InsertOutcome: Sendable, Equatable {
    /// A new report (or a new edition of one) was committed with this id.
    case ingested(id: Int64, supersededIds: [Int64])
    /// The same bytes were stored before, as this report; nothing changed.
    case duplicate(id: Int64)
}

extension ReportStore {
    /// Stores `report` and its original file's bytes in one transaction; an earlier report of the
    /// same region, year and month stops being current.
    ///
    /// `original` must be the bytes whose SHA-256 is `report.sha256`; they are kept for `reparse`.
    /// `sourcePath` is where the file was read from (its archive path, or the path given to `ingest`).
    package func insert(_ report: Report, original: [UInt8], sourcePath: String? = nil, at time: Date = Date()) throws -> InsertOutcome {
        try pool.write { db in
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM report WHERE sha256 = ?", arguments: [report.sha256]) {
                return .duplicate(id: existing)
            }
            let superseded = try Int64.fetchAll(
                db, sql: "SELECT id FROM report WHERE region = ? AND year = ? AND asOfMonth = ? AND isCurrent = 1",
                arguments: [report.region, report.year, report.asOfMonth])
            try db.execute(
                sql: "UPDATE report SET isCurrent = 0 WHERE region = ? AND year = ? AND asOfMonth = ?",
                arguments: [report.region, report.year, report.asOfMonth])
            try db.execute(
                sql: """
                    INSERT INTO report (region, year, asOfMonth, title, sourceFile, sha256, ingestedAt, isCurrent, warnings, sourcePath)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                    """,
                arguments: [report.region, report.year, report.asOfMonth, report.title, report.sourceFile,
                            report.sha256, Timestamp.iso8601(time), JSONList.encode(report.warnings), sourcePath])
            let id = db.lastInsertedRowID
            try keepOriginal(original, sha256: report.sha256, db: db)
            try insertContents(of: report, reportId: id, db: db)
            return .ingested(id: id, supersededIds: superseded)
        }
    }

    /// Stores `bytes` as the original with this SHA-256 unless it is kept already.
    func keepOriginal(_ bytes: [UInt8], sha256: String, db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO original (sha256, bytes) VALUES (?, ?)", arguments: [sha256, Data(bytes)])
    }

    func insertContents(of report: Report, reportId: Int64, db: Database) throws {
        for section in report.sections {
            try db.execute(
                sql: "INSERT INTO section (reportId, ordinal, title) VALUES (?, ?, ?)",
                arguments: [reportId, section.ordinal, section.title])
        }
        for category in report.categories {
            try db.execute(
                sql: "INSERT INTO category (reportId, name, section, position) VALUES (?, ?, ?, ?)",
                arguments: [reportId, category.name, category.section, category.order])
        }
        let statement = try db.makeStatement(sql: """
            INSERT INTO task (reportId, position, number, section, category, task, progress, owner, warnings,
                targets, actuals, status, statusEvidence, schedule, targetText, plan, verdict, result, columns)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, task) in report.tasks.enumerated() {
            let assessment = task.assessment
            try statement.execute(arguments: [
                reportId, position + 1, task.number, task.section, task.category, task.task, task.progress,
                task.owner, JSONList.encode(task.warnings), QuantityJSON.encode(assessment?.targets ?? []),
                QuantityJSON.encode(assessment?.actuals ?? []), assessment?.status.rawValue, assessment?.statusEvidence,
                assessment?.schedule?.rawValue, task.targetText, task.plan, task.verdict, task.result,
                JSONText.encode(task.columns),
            ])
        }
    }
}

/// Formats times as the contract's ISO-8601 strings.
package enum Timestamp {
    /// `2026-11-25T01:47:13Z`-style text for `date`, in UTC.
    package static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
