import Foundation
import Testing
@testable import GoalpostCore

/// The extractor and assessor never trap on cut-off or odd text.
struct AssessmentRobustnessTests {
    @Test func truncatedSampleTextsNeverTrap() throws {
        let report = try QuantityFixtures.report("linan-2023-annual.txt")
        var figures = 0
        for task in report.tasks {
            let chars = Array(task.progress)
            for cut in stride(from: 0, through: chars.count, by: 9) {
                let head = String(chars[..<cut]), tail = String(chars[cut...])
                let a = TaskAssessor.assess(task: task.task, progress: head, asOfMonth: 6)
                figures += a.actuals.count + QuantityExtractor().actuals(in: tail).count
                #expect(a.actuals.allSatisfy { $0.target.map { $0 < a.targets.count } ?? true })
            }
        }
        #expect(figures > 0)
    }

    @Test(arguments: ["", "/", "百分之", "一", "十几", "3.", "3,", "3,00", "—5%", "1-", "“", "”5个", "万亿", "0", "３％", "5%—", "两到", "其中"])
    func oddFragmentsNeverTrap(_ text: String) {
        _ = QuantityExtractor().targets(in: text)
        let a = TaskAssessor.assess(task: text, progress: text, asOfMonth: 3)
        #expect(!a.statusEvidence.isEmpty)
    }

    /// A clause with no break and a voided word at every step (主体已完工 ×30,000) is read in one
    /// pass: each match looks back a bounded stretch, never to the clause's start.
    @Test func aLongClauseOfVoidedWordsIsReadOnce() {
        let progress = String(repeating: "主体已完工", count: 30_000)
        let a = TaskAssessor.assess(TaskTexts(task: "城东医院迁建工程", progress: progress), asOfMonth: 12)
        #expect(a.status != .met, "\(a.statusEvidence)")
    }
}
