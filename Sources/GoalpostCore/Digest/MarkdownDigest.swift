/// Renders a change digest as Markdown with Chinese headings and figures.
package enum MarkdownDigest {
    /// The Markdown text: title, what was compared, one line per category, then the highlights by kind.
    package static func render(_ digest: ReportDigest) -> String {
        let diff = digest.diff
        var lines = [
            "# \(diff.to.region) \(period(diff.to)) 对比 \(period(diff.from)) 变化摘要", "",
            "比较：\(describe(diff.from)) → \(describe(diff.to))", "", "## 分类概览", "",
        ]
        lines += diff.categories.map { "- " + overview($0, movedOut: movedOut(of: $0, in: diff)) }
        for kind in DigestHighlightKind.allCases {
            let group = digest.highlights.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            lines += ["", "## \(DigestVocabulary.heading(kind))（\(group.count)）", ""]
            lines += group.map { "- " + $0.text }
        }
        lines += ["", "## 其他变化", "", otherChanges(diff)]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `扩空间：15 → 12 项，完成率 80% → 75%，新增 3，未再列入 6，目标上调 1`, then 移入 / 移出 counts when not 0.
    package static func overview(_ category: CategoryDiff, movedOut: Int = 0) -> String {
        var parts = ["\(category.tasksBefore) → \(category.tasksAfter) 项"]
        if category.deliveredBefore != nil || category.deliveredAfter != nil {
            parts.append(
                "完成率 \(DigestVocabulary.percent(category.deliveredBefore)) → \(DigestVocabulary.percent(category.deliveredAfter))"
            )
        }
        parts.append("新增 \(category.count(of: .new))")
        parts.append("未再列入 \(category.count(of: .dropped))")
        let changes = category.items.compactMap(\.targetChange?.direction)
        let labels: [(TargetDirection, String)] = [(.raised, "目标上调"), (.lowered, "目标下调"), (.changed, "目标调整")]
        for (direction, label) in labels {
            let count = changes.filter { $0 == direction }.count
            if count > 0 { parts.append("\(label) \(count)") }
        }
        let moved = category.items.filter(\.moved).count
        if moved > 0 { parts.append("移入 \(moved)") }
        if movedOut > 0 { parts.append("移出 \(movedOut)") }
        return "\(category.label)\(DigestVocabulary.note(for: category))：" + parts.joined(separator: "，")
    }

    // Tasks that left this category (under any of its names) for one that does not continue it.
    private static func movedOut(of category: CategoryDiff, in diff: ReportDiff) -> Int {
        guard category.change != .new else { return 0 }
        let names: Set<String?> = Set(category.previousNames.map { .some($0) } + [category.name])
        return diff.items.filter { $0.moved && names.contains($0.before?.category) }.count
    }

    private static func otherChanges(_ diff: ReportDiff) -> String {
        let items = diff.items
        let linked = items.filter { $0.before != nil && $0.after != nil }
        let reworded = linked.filter(\.reworded).count
        let user = linked.filter { $0.linkSource == .user }.count
        return "延续 \(linked.count) 项（其中表述调整 \(reworded) 项，人工确认关联 \(user) 项），"
            + "新增 \(items.filter { $0.kind == .new }.count) 项，未再列入 \(items.filter { $0.kind == .dropped }.count) 项。"
            + "序号变化不计为变化。"
    }

    /// `2024 年` for year-end reports, `2024 年 1-6 月` otherwise.
    package static func period(_ report: DiffReportSummary) -> String {
        report.asOfMonth == 12 ? "\(report.year) 年" : "\(report.year) 年 1-\(report.asOfMonth) 月"
    }

    private static func describe(_ report: DiffReportSummary) -> String {
        "\(report.sourceFile)（\(report.title)，\(report.tasks) 项）"
    }
}
