/// The digest of a region's first report, with nothing to compare it with (首份报告摘要).
///
/// JSON: `{schema: 1, report: {report summary}, categories: [{name, tasks, delivered, statusCounts}],
/// highlights}`; highlights list the tasks reported unfinished.
package struct FirstReportDigest: Sendable, Equatable, Encodable {
    /// Figures of one goal category.
    package struct CategorySummary: Sendable, Equatable, Encodable {
        /// Category name, nil (JSON null) for the tasks of a table without categories.
        package var name: String?
        /// Number of tasks.
        package var tasks: Int
        /// Share exceeded or met among tasks with a known status, nil when none known.
        package var delivered: Double?
        /// Task count per status (`exceeded`, `met`, … and `unknown`), only statuses present.
        package var statusCounts: [String: Int]

        private enum CodingKeys: String, CodingKey {
            case name, tasks, delivered, statusCounts
        }

        /// Encodes every field, an unknown share as JSON null.
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(tasks, forKey: .tasks)
            try container.encode(delivered, forKey: .delivered)
            try container.encode(statusCounts, forKey: .statusCounts)
        }
    }

    /// Version of the JSON shape.
    package var schema = 1
    /// The report.
    package var report: DiffReportSummary
    /// Categories in table order.
    package var categories: [CategorySummary]
    /// Unfinished tasks, each citing file and number.
    package var highlights: [DigestHighlight]

    /// The digest of `side`.
    package init(side: DiffSide) {
        report = side.summary
        categories = side.categoryNames.map { name in
            let tasks = side.tasks.filter { $0.category == name }
            let counts = tasks.reduce(into: [String: Int]()) { counts, task in
                counts[task.status?.rawValue ?? "unknown", default: 0] += 1
            }
            return CategorySummary(
                name: name, tasks: tasks.count, delivered: ReportDiffer.deliveredShare(tasks), statusCounts: counts
            )
        }
        highlights = side.tasks.compactMap { task in
            guard let status = task.status, status.isUnfinished else { return nil }
            let category = task.category
            let text = "\(CategoryDiff.label(category)) · \(DigestVocabulary.cite(number: task.number, file: side.summary.sourceFile))："
                + "\(DigestVocabulary.label(status))：\(DigestVocabulary.excerpt(task.task))"
            return DigestHighlight(
                kind: .unfinished, category: category, text: text, afterFile: side.summary.sourceFile, afterNumber: task.number
            )
        }
    }

    /// The Markdown digest: category figures, status totals, unfinished tasks.
    package var markdown: String {
        var lines = [
            "# \(report.region) \(MarkdownDigest.period(report)) 工作报告进展摘要", "",
            "来源：\(report.sourceFile)（\(report.title)，\(report.tasks) 项，首份报告，无可比较的上期）", "",
            "## 分类概览", "",
        ]
        lines += categories.map { category in
            "- \(CategoryDiff.label(category.name))：\(category.tasks) 项，完成率 \(DigestVocabulary.percent(category.delivered))"
        }
        let statuses = OutcomeStatus.allCases.map(\.rawValue) + ["unknown"]
        let totals = statuses.compactMap { key -> String? in
            let count = categories.reduce(0) { $0 + ($1.statusCounts[key] ?? 0) }
            guard count > 0 else { return nil }
            return "\(DigestVocabulary.label(OutcomeStatus(rawValue: key))) \(count)"
        }
        lines += ["", "## 状态统计", "", totals.joined(separator: "，")]
        if !highlights.isEmpty {
            lines += ["", "## \(DigestVocabulary.heading(.unfinished))（\(highlights.count)）", ""]
            lines += highlights.map { "- " + $0.text }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
