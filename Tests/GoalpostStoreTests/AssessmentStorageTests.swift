import Foundation
import GoalpostCore
import Testing
@testable import GoalpostStore

@Suite struct AssessmentStorageTests {
    @Test func quantitiesKeepExactDecimalsThroughTheDatabase() throws {
        try withTestStore { store throws in
            var report = makeReport()
            let target = Quantity(text: "16.4亿元", value: Decimal(string: "1640000000")!, unit: "元", qualifier: .atLeast, subject: "投资")
            let actual = Quantity(text: "0.35万吨", value: Decimal(string: "3500")!, valueMax: Decimal(string: "3500.5"), unit: "吨", target: 0)
            report.tasks[0].assessment = TaskAssessment(
                targets: [target], actuals: [actual], status: .partial, statusEvidence: "evidence", schedule: .behind)
            guard case .ingested(let id, _) = try store.insert(report) else { Issue.record("not ingested"); return }
            let task = try #require(try store.report(id: id)?.tasks.first)
            #expect(task.targets == [target])
            #expect(task.actuals == [actual])
            #expect(task.status == .partial)
            #expect(task.schedule == .behind)
        }
    }

    @Test func overrideMatchesACorrectedTaskByNumberAndSimilarText() throws {
        try withTestStore { store throws in
            guard case .ingested(let id, _) = try store.insert(makeReport(sha: "1")) else { return }
            let taskId = try #require(try store.report(id: id)?.tasks.first?.id)
            _ = try store.override(taskId: taskId, status: .met, reason: "checked")
            let corrected = makeReport(sha: "2", tasks: [
                ("扩空间", "工业用地供地1200亩以上。", "全年共出让工业用地1613亩。"), ("抓项目", "实际利用外资2亿美元。", "完成2.19亿美元。"),
            ])
            guard case .ingested(let second, _) = try store.insert(corrected) else { return }
            let tasks = try #require(try store.report(id: second)?.tasks)
            #expect(tasks[0].statusOverride?.status == .met)
            #expect(tasks[1].statusOverride == nil)
        }
    }
}

@Suite struct TaskColumnStorageTests {
    @Test func targetPlanVerdictResultAndOtherColumnsComeBackAndEncodeAsTheContractSays() throws {
        try withTestStore { store throws in
            var report = makeReport()
            report.tasks[0].targetText = "1300人"
            report.tasks[0].plan = "4月:制定方案。"
            report.tasks[0].verdict = "达序推进"
            report.tasks[0].result = "惠及群众"
            report.tasks[0].columns = [TaskColumn(header: "牵头领导", role: .leader, text: "李副区长"), TaskColumn(header: "存在困难和问题", role: nil, text: "无")]
            guard case .ingested(let id, _) = try store.insert(report) else { Issue.record("not ingested"); return }
            let tasks = try #require(try store.report(id: id)?.tasks)
            #expect(tasks[0].targetText == "1300人" && tasks[0].plan == "4月:制定方案。" && tasks[0].verdict == "达序推进")
            #expect(tasks[0].result == "惠及群众" && tasks[0].columns == report.tasks[0].columns)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let json = String(decoding: try encoder.encode(tasks[1]), as: UTF8.self)
            #expect(json.contains(#""columns":[]"#) && json.contains(#""plan":null"#) && json.contains(#""targetText":null"#))
            let first = String(decoding: try encoder.encode(tasks[0]), as: UTF8.self)
            #expect(first.contains(#"{"header":"存在困难和问题","role":null,"text":"无"}"#))
        }
    }
}
