import Foundation
import GoalpostCore
import GoalpostStore
import Testing

@testable import GoalpostService

/// Digest workers write the very files the in-process writer does, and a report whose digest
/// kills its worker is skipped with the reason while the others are written.
@Suite struct IsolatedDigestsTests {
    /// A history of the 临安区 years in `folder`, without digests.
    private func linanHistory(in folder: URL) throws -> ReportStore {
        let store = try ReportStore(path: folder.appendingPathComponent("goalpost.sqlite").path)
        let ingestor = FileIngestor(store: store)
        for year in ["2022", "2023", "2024"] {
            let url = WorkerFixtures.fixtures.appendingPathComponent("years/linan-\(year)-annual.txt")
            guard case .ingested = ingestor.ingest(url) else { throw DigestTestError.setup(url.lastPathComponent) }
        }
        return store
    }

    private func isolated(_ store: ReportStore, digests: URL, limits: WorkerLimits = WorkerFixtures.roomy) -> IsolatedDigests {
        IsolatedDigests(
            executable: WorkerFixtures.executable, limits: limits, wallSeconds: 600,
            database: URL(fileURLWithPath: store.path), digests: digests)
    }

    /// Every file below `folder`, by relative path, with its contents.
    private func contents(of folder: URL) throws -> [String: Data] {
        let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
        var files: [String: Data] = [:]
        for path in paths where !path.hasSuffix("/") {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func workersWriteTheSameMissingDigestsAsTheWriterInProcess() throws {
        try withScratchDirectory { folder throws in
            let store = try linanHistory(in: folder)
            let inProcess = folder.appendingPathComponent("in-process")
            let isolatedFolder = folder.appendingPathComponent("isolated")
            try DigestWriter(history: RegionHistory(store: store), folder: inProcess).writeMissing()
            let skipped = try isolated(store, digests: isolatedFolder).writeMissing()
            #expect(skipped.isEmpty)
            let expected = try contents(of: inProcess)
            #expect(expected.count == 6)
            #expect(try contents(of: isolatedFolder) == expected)
        }
    }

    @Test func workersRefreshLikeTheWriterInProcess() throws {
        try withScratchDirectory { folder throws in
            let store = try linanHistory(in: folder)
            let inProcess = folder.appendingPathComponent("in-process")
            let isolatedFolder = folder.appendingPathComponent("isolated")
            let last = try #require(try store.summaries().map(\.id).max())
            try DigestWriter(history: RegionHistory(store: store), folder: inProcess).refresh(after: last)
            #expect(try isolated(store, digests: isolatedFolder).refresh(after: last).isEmpty)
            #expect(try contents(of: isolatedFolder) == contents(of: inProcess))
        }
    }

    @Test func reportWhoseDigestKillsItsWorkerIsSkippedAndTheOthersAreWritten() throws {
        try withScratchDirectory { folder throws in
            let store = try linanHistory(in: folder)
            // Comparing two 6,000-task reports takes about 15 s of CPU in a debug build; the sample's
            // digests well under a second. (Matching no longer holds a 6,000 × 6,000 matrix, so it is
            // the CPU limit, not the memory limit, that a big comparison meets.)
            _ = try insertBigReport(into: store, year: 2023, tasks: 6_000)
            let secondBig = try insertBigReport(into: store, year: 2024, tasks: 6_000)
            let digests = folder.appendingPathComponent("digests")
            let limits = WorkerLimits(cpuSeconds: 3, memoryBytes: 400_000_000)
            let skipped = try isolated(store, digests: digests, limits: limits).writeMissing()
            #expect(skipped.map(\.reportId) == [secondBig])
            #expect(skipped.first?.reason == "the worker process making its digest exceeded the CPU-time limit of 3 s (fileCPULimit)")
            let written = try contents(of: digests).keys
            #expect(written.filter { $0.hasPrefix("临安区/") }.count == 6)
            #expect(written.contains("大区/2023-12.md"))
            #expect(!written.contains { $0.hasPrefix("大区/2024") })
        }
    }

    /// Inserts a synthetic report of `tasks` distinct tasks for region 大区 and returns its id.
    private func insertBigReport(into store: ReportStore, year: Int, tasks count: Int) throws -> Int64 {
        let tasks = (1...count).map { number in
            ReportTask(number: "\(number)", section: nil, category: "扩空间", task: "建设第\(number)号\(year % 7)标准厂房项目。", progress: "已完成。")
        }
        let report = Report(
            region: "大区", year: year, asOfMonth: 12, title: "\(year)年政府工作报告重点工作完成情况表", sourceFile: "big-\(year).txt",
            sha256: SHA256.hex(Array("big-\(year)".utf8)), sections: [], categories: [Category(name: "扩空间", section: nil, order: 1)],
            tasks: tasks)
        guard case .ingested(let id, _) = try store.insert(report.assessed(), original: Array("big-\(year)".utf8)) else { throw DigestTestError.setup("big-\(year)") }
        return id
    }
}

enum DigestTestError: Error { case setup(String) }
