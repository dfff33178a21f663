/// Picks the lines of a diff that matter most, most important first (摘要要点).
///
/// Order: tasks no longer listed while unfinished, targets lowered, raised, otherwise changed,
/// chronic tasks (from lineages), possible continuations to confirm, tasks that advanced to done within a year (half-year -> year-end),
/// new categories, dropped categories. Every task line cites
/// source file and task number(s).
package enum DigestHighlighter {
    /// The highlights of `diff`; `lineages` (optional) supplies chronic tasks.
    package static func highlights(for diff: ReportDiff, lineages: [TaskLineage] = []) -> [DigestHighlight] {
        let files = (before: diff.from.sourceFile, after: diff.to.sourceFile)
        var lines: [DigestHighlight] = []
        for category in diff.categories {
            for item in category.items {
                lines += droppedUnfinished(item, category: category.name, file: files.before)
                lines += possibleContinuation(item, category: category.name, diff: diff)
                lines += targetLine(item, category: category.name, files: files)
            }
        }
        lines += chronicLines(diff, lineages: lineages)
        if diff.from.year == diff.to.year {
            lines += diff.categories.flatMap { category in category.items.compactMap { advanced($0, category: category.name, diff: diff) } }
        }
        lines += diff.categories.filter { $0.change == .new }.map { newCategory($0, file: files.after) }
        lines += diff.categories.filter { $0.change == .dropped }.map { droppedCategory($0, in: diff) }
        let rank = Dictionary(DigestHighlightKind.allCases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let order = { (line: DigestHighlight) in rank[line.kind] ?? rank.count }
        return lines.enumerated().sorted { (order($0.element), $0.offset) < (order($1.element), $1.offset) }.map(\.element)
    }

    private static func droppedUnfinished(_ item: DiffItem, category: String?, file: String) -> [DigestHighlight] {
        guard item.isDroppedUnfinished, let task = item.before, let status = task.status else { return [] }
        let text = "\(CategoryDiff.label(category)) · \(DigestVocabulary.cite(number: task.number, file: file))未再列入，"
            + "上次状态\(DigestVocabulary.label(status))：\(DigestVocabulary.excerpt(task.task))"
        return [DigestHighlight(kind: .droppedUnfinished, category: category, text: text, beforeFile: file, beforeNumber: task.number)]
    }

    // A dropped task whose continuation the looser pass suggests, when its outcome leaves a reader
    // asking (unfinished or unknown): the pair and the command that confirms it.
    private static func possibleContinuation(_ item: DiffItem, category: String?, diff: ReportDiff) -> [DigestHighlight] {
        guard case .dropped(let task, let candidate?) = item, !(task.status?.isDelivered ?? false), task.status != .ongoing
        else { return [] }
        let (from, to) = (diff.from.sourceFile, diff.to.sourceFile)
        let later = candidate.after
        let text = "\(CategoryDiff.label(category)) · \(DigestVocabulary.cite(number: task.number, file: from))"
            + "（上次状态\(DigestVocabulary.label(task.status))：\(DigestVocabulary.excerpt(task.task))）"
            + "可能延续为\(DigestVocabulary.cite(number: later.number, file: to))：\(DigestVocabulary.excerpt(later.task))；"
            + "\(candidate.evidence)。确认：\(DigestVocabulary.linkCommand(from: diff.from, beforeNumber: task.number, to: diff.to, afterNumber: later.number))"
        return [
            DigestHighlight(
                kind: .possibleContinuation, category: category, text: text, beforeFile: from, beforeNumber: task.number,
                afterFile: to, afterNumber: later.number
            )
        ]
    }

    private static func targetLine(
        _ item: DiffItem, category: String?, files: (before: String, after: String)
    ) -> [DigestHighlight] {
        guard let link = item.link, let change = link.targetChange else { return [] }
        let (before, after) = (link.before, link.after)
        let kind: DigestHighlightKind = switch change.direction {
        case .raised: .targetRaised
        case .lowered: .targetLowered
        case .changed: .targetChanged
        }
        let ratio = change.ratio.map { "（×\(formatted($0))）" } ?? ""
        let text = "\(CategoryDiff.label(category)) · \(DigestVocabulary.cite(number: before.number, file: files.before)) → "
            + "\(DigestVocabulary.cite(number: after.number, file: files.after))：\(change.before) → \(change.after)\(ratio)："
            + DigestVocabulary.excerpt(after.task)
        return [
            DigestHighlight(
                kind: kind, category: category, text: text, beforeFile: files.before, beforeNumber: before.number,
                afterFile: files.after, afterNumber: after.number
            )
        ]
    }

    private static func chronicLines(_ diff: ReportDiff, lineages: [TaskLineage]) -> [DigestHighlight] {
        var byTask: [Int64: TaskLineage] = [:]
        for lineage in lineages where lineage.chronic {
            for id in lineage.taskIDs { byTask[id] = lineage }
        }
        guard !byTask.isEmpty else { return [] }
        var lines: [DigestHighlight] = []
        for category in diff.categories {
            for item in category.items {
                let task = item.latest
                let file = item.after != nil ? diff.to.sourceFile : diff.from.sourceFile
                guard let lineage = byTask[task.id] else { continue }
                let years = lineage.unfinishedYears.map(String.init).joined(separator: "、")
                let text = "\(category.label) · \(DigestVocabulary.cite(number: task.number, file: file))："
                    + "\(years) 年未完成（\(lineage.firstYear)–\(lineage.lastYear) 年列入）：\(DigestVocabulary.excerpt(task.task))"
                let isAfter = item.after != nil
                lines.append(
                    DigestHighlight(
                        kind: .chronic, category: category.name, text: text, beforeFile: isAfter ? nil : file,
                        beforeNumber: isAfter ? nil : task.number, afterFile: isAfter ? file : nil,
                        afterNumber: isAfter ? task.number : nil
                    )
                )
            }
        }
        return lines
    }

    private static func advanced(_ item: DiffItem, category: String?, diff: ReportDiff) -> DigestHighlight? {
        guard let link = item.link, let was = link.before.status, let now = link.after.status, !was.isDelivered, now.isDelivered
        else { return nil }
        let (before, after) = (link.before, link.after)
        let text = "\(CategoryDiff.label(category)) · \(DigestVocabulary.cite(number: after.number, file: diff.to.sourceFile))："
            + "\(DigestVocabulary.label(was)) → \(DigestVocabulary.label(now))（上期\(DigestVocabulary.cite(number: before.number, file: diff.from.sourceFile))）："
            + DigestVocabulary.excerpt(after.task)
        return DigestHighlight(
            kind: .advanced, category: category, text: text, beforeFile: diff.from.sourceFile, beforeNumber: before.number,
            afterFile: diff.to.sourceFile, afterNumber: after.number
        )
    }

    private static func newCategory(_ category: CategoryDiff, file: String) -> DigestHighlight {
        let numbers = category.items.compactMap(\.after?.number).joined(separator: "、")
        let text = "\(category.label)：新增分类，\(category.tasksAfter) 项（第 \(numbers) 项，\(file)）"
        return DigestHighlight(kind: .categoryNew, category: category.name, text: text, afterFile: file)
    }

    private static func droppedCategory(_ category: CategoryDiff, in diff: ReportDiff) -> DigestHighlight {
        let file = diff.from.sourceFile
        let dropped = category.items.compactMap(\.before?.number)
        let moved = diff.items.compactMap(\.link).filter { $0.before.category == category.name }
        var text = "\(category.label)：不再列出，原 \(category.tasksBefore) 项（\(file)），"
            + "其中 \(dropped.count) 项未再列入（第 \(dropped.joined(separator: "、")) 项）"
        if !moved.isEmpty {
            let pairs = moved.map { "第 \($0.before.number) 项 → \(CategoryDiff.label($0.after.category)) 第 \($0.after.number) 项" }
            text += "，\(moved.count) 项移入其他分类（\(pairs.joined(separator: "；"))，\(diff.to.sourceFile)）"
        }
        return DigestHighlight(kind: .categoryDropped, category: category.name, text: text, beforeFile: file)
    }

    /// A ratio with at most two decimals, no trailing zeros; any finite value, however large, is
    /// written out, and a value that is not finite as `—`.
    package static func formatted(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        guard let hundredths = Int(exactly: (value * 100).rounded()) else { return value.description }
        let sign = hundredths < 0 ? "-" : ""
        var text = String(hundredths.magnitude)
        while text.count < 3 { text = "0" + text }
        let whole = text.dropLast(2)
        var fraction = String(text.suffix(2))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + (fraction.isEmpty ? String(whole) : "\(whole).\(fraction)")
    }
}
