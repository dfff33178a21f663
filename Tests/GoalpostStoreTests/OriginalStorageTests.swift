import Foundation
import GoalpostCore
import GRDB
import Testing
@testable import GoalpostStore

/// Every report keeps its original file's bytes in the history, content-addressed by SHA-256.
@Suite struct OriginalStorageTests {
    @Test func insertKeepsTheOriginalUnderItsSHA256() throws {
        try withTestStore { store throws in
            _ = try store.insert(makeReport(sha: "abc"), original: [0x01, 0x02, 0x03])
            #expect(try store.original(sha256: "abc") == [0x01, 0x02, 0x03])
            #expect(try store.originalSize(sha256: "abc") == 3)
            #expect(try store.original(sha256: "other") == nil)
        }
    }

    @Test func aDuplicateInsertKeepsTheFirstOriginal() throws {
        try withTestStore { store throws in
            _ = try store.insert(makeReport(sha: "abc"), original: [0x01])
            _ = try store.insert(makeReport(sha: "abc"), original: [0x02])
            #expect(try store.original(sha256: "abc") == [0x01])
        }
    }

    @Test func forgetRemovesTheOriginalOfTheForgottenReportOnly() throws {
        try withTestStore { store throws in
            guard case .ingested(let first, _) = try store.insert(makeReport(sha: "1")),
                case .ingested = try store.insert(makeReport(year: 2024, sha: "2"))
            else { Issue.record("not ingested"); return }
            _ = try store.forget(id: first)
            #expect(try store.original(sha256: "1") == nil)
            #expect(try store.original(sha256: "2") != nil)
        }
    }

    @Test func replaceContentsKeepsAnOriginalTheHistoryLacked() throws {
        try withTestStore { store throws in
            guard case .ingested(let id, _) = try store.insert(makeReport(sha: "1")) else { Issue.record("not ingested"); return }
            try store.pool.write { try $0.execute(sql: "DELETE FROM original") }
            try store.replaceContents(id: id, with: makeReport(sha: "1"), original: [0x07])
            #expect(try store.original(sha256: "1") == [0x07])
            try store.replaceContents(id: id, with: makeReport(sha: "1"), original: [0x08])
            #expect(try store.original(sha256: "1") == [0x07])
        }
    }

    @Test func aHistoryOfThePreviousSchemaIsMigratedAndKeepsItsReports() throws {
        try withTemporaryDirectory { folder throws in
            let path = folder.appendingPathComponent("goalpost.sqlite").path
            try writePreviousSchemaHistory(at: path)
            #expect(throws: StoreError.self) { try ReportStore(path: path, readonly: true) }
            let store = try ReportStore(path: path)
            let old = try #require(try store.summaries().first)
            #expect(old.reference == "临安区/2023" && old.tasks == 1)
            #expect(try store.sourcePath(id: old.id) == "/old/place/linan.txt")
            #expect(try store.original(sha256: old.sha256) == nil)
            guard case .ingested(let new, _) = try store.insert(makeReport(year: 2024, sha: "new"), original: [0x2A]) else {
                Issue.record("not ingested"); return
            }
            #expect(try store.original(sha256: "new") == [0x2A])
            _ = try store.forget(id: old.id)
            #expect(try store.summaries().map(\.id) == [new])
            #expect(try ReportStore(path: path, readonly: true).reportCount() == 1)
        }
    }

    /// A database as the release before originals were kept left it: migrations up to
    /// v4-user-decisions and one report with a task, stored by SQL as that release stored it.
    private func writePreviousSchemaHistory(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v4-user-decisions")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO report (region, year, asOfMonth, title, sourceFile, sha256, ingestedAt, sourcePath)
                VALUES ('临安区', 2023, 12, '2023年政府工作报告重点工作完成情况表', 'linan.txt', 'old', '2026-01-01T00:00:00Z', '/old/place/linan.txt');
                INSERT INTO task (reportId, position, number, category, task, progress)
                VALUES (1, 1, '1', '扩空间', '工业用地供地1000亩以上。', '全年共出让工业用地1613亩。');
                """)
        }
        #expect(try queue.read { try Schema.migrator.appliedIdentifiers($0) }.count == 4)
    }
}
