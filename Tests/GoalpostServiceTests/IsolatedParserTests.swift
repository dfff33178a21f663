import Foundation
import GoalpostCore
import Testing

@testable import GoalpostService

/// A worker process answers parse requests exactly as this process would, and its death under
/// the limits becomes a readable failure instead of the daemon's.
@Suite struct IsolatedParserTests {
    @Test func sampleParsedInAWorkerEqualsTheInProcessParse() throws {
        let request = try WorkerFixtures.request(WorkerFixtures.sample)
        let inProcess = InProcessParser().respond(to: request)
        guard case .parsed(let report) = inProcess else { Issue.record("in-process: \(inProcess)"); return }
        #expect(report.tasks.count == 158)
        #expect(WorkerFixtures.parser().run(request) == .answered(inProcess))
    }

    @Test func claimedFileIsNamedAndDetectedByItsFileName() throws {
        try withScratchDirectory { folder throws in
            let claimed = folder.appendingPathComponent("claim-0001")
            try FileManager.default.copyItem(at: WorkerFixtures.fixtures.appendingPathComponent("formats/linan-2023.csv"), to: claimed)
            let request = try WorkerFixtures.request(claimed, name: "linan-2023.csv")
            guard case .answered(.parsed(let report)) = WorkerFixtures.parser().run(request) else {
                Issue.record("not parsed"); return
            }
            #expect(report.sourceFile == "linan-2023.csv")
            #expect(report.tasks.count == 158)
        }
    }

    @Test func unparseableFileFailsWithTheInProcessReason() throws {
        try withScratchDirectory { folder throws in
            let file = folder.appendingPathComponent("notes.txt")
            try "这里没有表格，只有一句话。\n".write(to: file, atomically: true, encoding: .utf8)
            let request = try WorkerFixtures.request(file)
            let inProcess = InProcessParser().respond(to: request)
            guard case .failed(let reason) = inProcess else { Issue.record("in-process: \(inProcess)"); return }
            #expect(reason.contains("'notes.txt'"))
            #expect(WorkerFixtures.parser().run(request) == .answered(inProcess))
        }
    }

    @Test func fileChangedSinceItWasHashedAnswersChanged() throws {
        var request = try WorkerFixtures.request(WorkerFixtures.sample)
        request.sha256 = SHA256.hex(Array("other bytes".utf8))
        #expect(InProcessParser().respond(to: request) == .changed)
        #expect(WorkerFixtures.parser().run(request) == .answered(.changed))
    }

    @Test func folderRegionAndAliasesApplyInTheWorker() throws {
        try withScratchDirectory { folder throws in
            let file = folder.appendingPathComponent("plan.csv")
            try "2023年政府工作报告重点工作完成情况表\n序号,工作目标,工作任务,完成情况\n1,扩空间,建设标准厂房。,已完成。\n"
                .write(to: file, atomically: true, encoding: .utf8)
            var request = try WorkerFixtures.request(file)
            request.folderRegion = "linan"
            request.regionAliases = ["linan": "临安区"]
            let inProcess = InProcessParser().respond(to: request)
            guard case .parsed(let report) = inProcess else { Issue.record("in-process: \(inProcess)"); return }
            #expect(report.region == "临安区")
            #expect(WorkerFixtures.parser().run(request) == .answered(inProcess))
        }
    }

    @Test func workerOverItsMemoryLimitDiesOfIt() throws {
        try withScratchDirectory { folder throws in
            // 3,998 rows of 1,000 cells, within the readers' 4,000,000-cell limit: a 4 MB file whose
            // grid needs far more than the 90 MB a 300 MB worker has left after starting.
            let file = folder.appendingPathComponent("wide.csv")
            let padding = String(repeating: ",", count: 996)
            let rows = (1...3_997).map { "\($0),扩空间,建设第\($0)项。,已完成。" + padding }
            try (["2023年政府工作报告重点工作完成情况表", "序号,工作目标,工作任务,完成情况" + padding] + rows).joined(separator: "\n")
                .write(to: file, atomically: true, encoding: .utf8)
            let limits = WorkerLimits(cpuSeconds: 600, memoryBytes: 300_000_000)
            #expect(WorkerFixtures.parser(limits).run(try WorkerFixtures.request(file)) == .died(.exceededMemoryLimit(bytes: 300_000_000)))
        }
    }

    @Test func workerOverItsCPULimitDiesOfIt() throws {
        try withScratchDirectory { folder throws in
            let file = folder.appendingPathComponent("long-cells.csv")
            try WorkerFixtures.bigTable(rows: 2_000, repeats: 40).write(to: file, atomically: true, encoding: .utf8)
            let limits = WorkerLimits(cpuSeconds: 1, memoryBytes: 4_294_967_296)
            let result = WorkerFixtures.parser(limits).run(try WorkerFixtures.request(file))
            #expect(result == .died(.exceededCPULimit(seconds: 1)))
        }
    }
}
