/// Chinese words of digests: headings, status names, change labels. Data, kept in one place.
package enum DigestVocabulary {
    /// Chinese name of an outcome status.
    package static func label(_ status: OutcomeStatus?) -> String {
        switch status {
        case .exceeded: "超额完成"
        case .met: "已完成"
        case .partial: "部分完成"
        case .inProgress: "推进中"
        case .ongoing: "持续推进"
        case .unclear: "情况不明"
        case nil: "状态未知"
        }
    }

    /// Heading of a highlight group.
    package static func heading(_ kind: DigestHighlightKind) -> String {
        switch kind {
        case .droppedUnfinished: "未完成即未再列入"
        case .targetLowered: "目标下调"
        case .targetRaised: "目标上调"
        case .targetChanged: "目标调整"
        case .chronic: "长期未完成"
        case .possibleContinuation: "可能延续，待确认"
        case .advanced: "本期完成"
        case .categoryNew: "新增分类"
        case .categoryDropped: "不再列出的分类"
        case .unfinished: "未完成任务"
        }
    }

    /// How a category's change is shown after its name, "" for an unchanged one.
    package static func note(for category: CategoryDiff) -> String {
        let names = category.previousNames.joined(separator: "、")
        switch category.change {
        case .same: return ""
        case .renamed: return "（原“\(names)”）"
        case .new: return "（新增分类）"
        case .dropped: return "（不再列出）"
        case .split: return names.isEmpty ? "（已拆分）" : "（由“\(names)”拆分）"
        case .merged: return "（由“\(names)”合并）"
        }
    }

    /// The `goalpost link` command that confirms that later task `afterNumber` of `to` carries on
    /// earlier task `beforeNumber` of `from` (report references `REGION/YEAR-MM#NUMBER`).
    package static func linkCommand(
        from: DiffReportSummary, beforeNumber: String, to: DiffReportSummary, afterNumber: String
    ) -> String {
        "goalpost link \(taskReference(from, beforeNumber)) \(taskReference(to, afterNumber))"
    }

    private static func taskReference(_ report: DiffReportSummary, _ number: String) -> String {
        "\(report.region)/\(DigestPath.stamp(report))#\(number)"
    }

    /// `第 N 项（file）`: how a digest line cites a task.
    package static func cite(number: String, file: String) -> String {
        "第 \(number.isEmpty ? "?" : number) 项（\(file)）"
    }

    /// A share as a whole percentage, `—` when unknown.
    package static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// The task text on one line, cut to `limit` characters.
    package static func excerpt(_ text: String, limit: Int = 40) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= limit ? line : String(line.prefix(limit)) + "…"
    }
}
