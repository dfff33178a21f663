import Foundation
import Testing

@testable import GoalpostCore
@testable import GoalpostService

/// `goalpost corpus --judgements`: labelled rows found by their task text and compared.
@Suite struct JudgementCheckTests {
    /// A folder with one capture, its expectation and the given labels.
    private func folder(labels: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("judge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = """
            2023年临安区工作任务完成情况
            | 序号 | 工作任务 | 完成情况 |
            | 1 | 建成开放玲珑山公园 | 公园已于6月建成并开放，接待游客 |
            | 2 | 新增就业岗位1000个 | 新增就业岗位600个 |
            | 3 | 推进数字化改革 | 无 |

            """
        try Data(("source: x\ncompleteness: full\n\n" + page).utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data(#"{"a.txt": {"region": "临安区", "year": 2023, "asOfMonth": 12, "rows": 3}}"#.utf8)
            .write(to: folder.appendingPathComponent("expected.json"))
        try Data(labels.utf8).write(to: folder.appendingPathComponent("labels.json"))
        return folder
    }

    @Test func labelledRowsAreFoundByTaskTextAndCounted() throws {
        // Labels out of table order, one in traditional characters, one naming no row read.
        let folder = try folder(labels: """
            {"_note": "x", "a.txt": [
             {"no": 2, "task": "新增就業崗位1000個", "status": "partial", "confidence": "high"},
             {"no": 1, "task": "建成开放玲珑山公园", "status": "met", "confidence": "high"},
             {"no": 3, "task": "推进数字化改革", "status": "ongoing", "confidence": "low"},
             {"no": 9, "task": "完全不同的任务文字", "status": "met", "confidence": "high"}]}
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = try JudgementCheck(corpus: CorpusCheck(folder: folder)).run()
        #expect(rows.map(\.number) == ["2", "1", "3", nil])
        #expect(rows[0].status == "partial" && rows[1].status == "met")
        let summary = JudgementSummary(rows)
        #expect(summary.rows == 4 && summary.highConfidence == 3)
        #expect(summary.read == 2 && summary.decided == 2 && summary.agreeing == 2)
        #expect(summary.confusion["met"]?[JudgementSummary.notRead] == 1)
        #expect(summary.confusion["partial"]?["partial"] == 1)
    }

    @Test func aFolderWithoutLabelsIsRefusedInOneSentence() throws {
        let folder = try folder(labels: "")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("labels.json"))
        #expect(throws: CorpusError.noLabels(folder: folder.path)) {
            try JudgementCheck(corpus: CorpusCheck(folder: folder)).run()
        }
    }

    /// The shared real corpus (all 20 captures, 97 labelled rows): the issue's floors, which only rise.
    @Test func theRealCorpusIsJudgedAsItsLabelsSay() throws {
        let folder = CorpusCheckTests.folder
        let summary = JudgementSummary(try JudgementCheck(corpus: CorpusCheck(folder: folder)).run())
        #expect(summary.rows == 97)
        #expect(Double(summary.decided) >= 0.9 * Double(summary.highConfidence), "\(summary)")
        #expect(Double(summary.agreeing) >= 0.85 * Double(summary.decided), "\(summary)")
        #expect(Double(summary.scheduleAgreeing) >= 0.8 * Double(summary.scheduled), "\(summary)")
    }
}
