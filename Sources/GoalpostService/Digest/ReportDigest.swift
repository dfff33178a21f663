import Foundation
import GoalpostStore

/// The digest of one report: its categories and task counts, and what deserves a look.
package struct ReportDigest: Sendable {
    package let report: StoredReport

    package init(report: StoredReport) {
        self.report = report
    }

    /// Categories in table order with their tasks' numbers.
    var categories: [(name: String, numbers: [String])] {
        var order: [String] = []
        var numbers: [String: [String]] = [:]
        for task in report.tasks {
            let name = task.category ?? "（未分类）"
            if numbers[name] == nil { order.append(name) }
            numbers[name, default: []].append(task.number)
        }
        return order.map { ($0, numbers[$0] ?? []) }
    }

    /// Lines that cite the source file and task numbers of rows with parse warnings.
    var highlights: [String] {
        report.tasks.filter { !$0.warnings.isEmpty }.map {
            "\(report.summary.sourceFile) 第\($0.number)项：\($0.warnings.joined(separator: "；"))"
        }
    }

    /// The digest for people.
    package func markdown() -> String {
        let summary = report.summary
        var lines = [
            "# \(summary.region) \(summary.year)年 进展摘要（截至\(summary.asOfMonth)月）", "",
            "来源：\(summary.sourceFile)（报告 id \(summary.id)，\(summary.title)）", "",
            "共 \(summary.sections) 个部分、\(summary.categories) 个工作目标、\(summary.tasks) 项任务。"
                + "这是该地区的第一份可比报告，尚无对比。", "",
            "## 各工作目标", "",
        ]
        for category in categories {
            lines.append("- \(category.name)：\(category.numbers.count) 项（\(summary.sourceFile) 第\(Self.span(category.numbers))项）")
        }
        if !highlights.isEmpty {
            lines += ["", "## 需要留意", ""] + highlights.map { "- " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The digest for programs: `{schema, report, categories, highlights}`.
    package func json() throws -> Data {
        struct Category: Encodable { var name: String; var tasks: Int; var numbers: [String] }
        struct Body: Encodable {
            var schema = 1
            var report: ReportSummary
            var categories: [Category]
            var highlights: [String]
        }
        let body = Body(
            report: report.summary, categories: categories.map { Category(name: $0.name, tasks: $0.numbers.count, numbers: $0.numbers) },
            highlights: highlights)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(body)
    }

    /// `1–15` for a consecutive run of numbers, else the numbers joined with 、.
    static func span(_ numbers: [String]) -> String {
        let values = numbers.compactMap(Int.init)
        if values.count == numbers.count, let first = values.first, let last = values.last, values == Array(first...last), values.count > 2 {
            return "\(first)–\(last)"
        }
        return numbers.joined(separator: "、")
    }
}
