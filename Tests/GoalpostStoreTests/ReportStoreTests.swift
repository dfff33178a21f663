import Foundation
import GoalpostCore
import Testing
@testable import GoalpostStore

@Suite struct ReportStoreTests {
    @Test func insertedReportReadsBackWithCounts() throws {
        try withTestStore { store throws in
            guard case .ingested(let id, []) = try store.insert(makeReport()) else { Issue.record("not ingested"); return }
            let stored = try #require(try store.report(id: id))
            #expect(stored.summary.tasks == 2)
            #expect(stored.summary.categories == 2)
            #expect(stored.summary.sections == 1)
            #expect(stored.summary.current)
            #expect(stored.tasks.map(\.number) == ["1", "2"])
            #expect(stored.tasks[0].category == "扩空间")
        }
    }

    @Test func sameBytesTwiceIsADuplicate() throws {
        try withTestStore { store throws in
            guard case .ingested(let id, _) = try store.insert(makeReport(sha: "x")) else { Issue.record("not ingested"); return }
            #expect(try store.insert(makeReport(sha: "x")) == .duplicate(id: id))
            #expect(try store.summaries().count == 1)
        }
    }

    @Test func laterFileOfSamePeriodIsANewCurrentEdition() throws {
        try withTestStore { store throws in
            guard case .ingested(let first, _) = try store.insert(makeReport(sha: "1")),
                case .ingested(let second, let superseded) = try store.insert(makeReport(sha: "2"))
            else { Issue.record("not ingested"); return }
            #expect(superseded == [first])
            let summaries = try store.summaries()
            #expect(summaries.map(\.current) == [false, true])
            #expect(try store.resolveReport("临安区/2023") == second)
            #expect(try store.report(id: first)?.tasks.count == 2)
        }
    }

    @Test func failedInsertLeavesNothingBehind() throws {
        try withTestStore { store throws in
            var report = makeReport()
            report.categories.append(report.categories[0])
            #expect(throws: (any Error).self) { try store.insert(report) }
            #expect(try store.summaries().isEmpty)
            #expect(try store.search("工业").isEmpty)
        }
    }

    @Test func categoryCountsPerReport() throws {
        try withTestStore { store throws in
            _ = try store.insert(makeReport())
            let counts = try store.categoryCounts()
            #expect(counts.map(\.category) == ["扩空间", "抓项目"])
            #expect(counts.map(\.tasks) == [1, 1])
        }
    }

    @Test func searchFindsLongAndShortQueries() throws {
        try withTestStore { store throws in
            _ = try store.insert(makeReport())
            #expect(try store.search("工业用地").map(\.number) == ["1"])
            #expect(try store.search("外资").map(\.number) == ["2"])
            #expect(try store.search("资").map(\.number) == ["2"])
            #expect(try store.search("1613").first?.matchedIn == "progress")
            #expect(try store.search("不存在的任务").isEmpty)
        }
    }

    @Test func readOnlyOpenNeverCreatesADatabase() throws {
        try withTemporaryDirectory { folder throws in
            let path = folder.appendingPathComponent("none.sqlite").path
            #expect(throws: StoreError.self) { try ReportStore(path: path, readonly: true) }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func readOnlyStoreSeesCommittedReports() throws {
        try withTemporaryDirectory { folder throws in
            let path = folder.appendingPathComponent("g.sqlite").path
            let writer = try ReportStore(path: path)
            _ = try writer.insert(makeReport())
            let reader = try ReportStore(path: path, readonly: true)
            #expect(try reader.summaries().count == 1)
        }
    }
}
