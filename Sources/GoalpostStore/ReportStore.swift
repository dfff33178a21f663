import Foundation
import GoalpostCore
import GRDB

/// The SQLite history of reports (WAL, foreign keys, FTS5): one instance per open database file.
package final class ReportStore: Sendable {
    /// The database file path.
    package let path: String
    /// Region names users may type for the stored (canonical) ones, applied to filters and references.
    package let regionAliases: RegionAliases
    let pool: DatabasePool

    /// Opens the database; read-write opens create it and run migrations, read-only opens never write.
    package init(path: String, readonly: Bool = false, regionAliases: [String: String] = [:]) throws {
        self.path = path
        self.regionAliases = RegionAliases(regionAliases)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = readonly
        configuration.busyMode = .timeout(10)
        if readonly {
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreError.cannotOpen(path: path, reason: "no such file (ingest a report first)")
            }
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
        try prepareSchema(readonly: readonly)
    }

    private func prepareSchema(readonly: Bool) throws {
        let migrator = Schema.migrator
        do {
            if readonly {
                let complete = try pool.read { try migrator.hasCompletedMigrations($0) }
                if !complete { throw StoreError.schemaTooOld(path: path) }
            } else {
                try migrator.migrate(pool)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    /// The id of the report whose file had this SHA-256, if one was stored.
    package func reportId(sha256: String) throws -> Int64? {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM report WHERE sha256 = ?", arguments: [sha256]) }
    }

    /// Summaries of all reports, optionally of one region, ordered by region, year, month and id.
    package func summaries(region: String? = nil) throws -> [ReportSummary] {
        let region = region.map(regionAliases.canonical)
        return try pool.read { db in
            let filter = region == nil ? "" : " WHERE r.region = ?"
            let sql = ReportSummary.selectSQL + filter + " ORDER BY r.region, r.year, r.asOfMonth, r.id"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(region.map { [$0] } ?? []))
                .map(ReportSummary.init(row:))
        }
    }

    /// The summary of report `id`.
    package func summary(id: Int64) throws -> ReportSummary? {
        try pool.read { db in
            try Row.fetchOne(db, sql: ReportSummary.selectSQL + " WHERE r.id = ?", arguments: [id]).map(ReportSummary.init(row:))
        }
    }

    /// Report `id` with its sections and tasks, tasks in table order.
    package func report(id: Int64) throws -> StoredReport? {
        guard let summary = try summary(id: id) else { return nil }
        return try pool.read { db in
            let sections = try Row.fetchAll(
                db, sql: "SELECT ordinal, title FROM section WHERE reportId = ? ORDER BY ordinal", arguments: [id]
            ).map { Section(ordinal: $0["ordinal"], title: $0["title"]) }
            let tasks = try Row.fetchAll(
                db, sql: "SELECT * FROM task WHERE reportId = ? ORDER BY position", arguments: [id]
            ).map(StoredTask.init(row:))
            let decided = try attachOverrides(
                tasks, region: summary.region, year: summary.year, asOfMonth: summary.asOfMonth, db: db)
            return StoredReport(summary: summary, sections: sections, tasks: decided)
        }
    }

    /// Task counts and status counts per category of every report (current editions only unless `allEditions`).
    package func categoryCounts(region: String? = nil, allEditions: Bool = false) throws -> [CategoryCount] {
        let reports = try summaries(region: region).filter { allEditions || $0.current }
        return try reports.flatMap { summary -> [CategoryCount] in
            guard let report = try report(id: summary.id) else { return [] }
            var order: [String] = []
            var counts: [String: CategoryCount] = [:]
            let sections = try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT name, section FROM category WHERE reportId = ? ORDER BY position", arguments: [summary.id])
            }
            for row in sections {
                let name: String = row["name"]
                order.append(name)
                counts[name] = CategoryCount(
                    reportId: summary.id, region: summary.region, year: summary.year, asOfMonth: summary.asOfMonth,
                    category: name, section: row["section"], tasks: 0)
            }
            for task in report.tasks {
                guard let name = task.category, counts[name] != nil else { continue }
                counts[name]?.tasks += 1
                if let status = task.status { counts[name]?.statusCounts[status.rawValue, default: 0] += 1 }
            }
            return order.compactMap { counts[$0] }
        }
    }
}
