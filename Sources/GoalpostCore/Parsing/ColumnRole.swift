/// The meaning of a table column, recognised from what its header says rather than a closed list
/// of spellings: 落实情况, 目前实施情况 and 1-8月实际完成情况 are all progress, 月度工作计划 and 工作进度安排
/// are plans. ``TableHeader`` settles what words alone cannot (a 项目内容 column is the task when
/// no other column names the task; of two progress columns, the one of short judgements is the verdict).
package enum ColumnRole: String, Sendable, CaseIterable, Codable {
    /// 序号: the task number.
    case number
    /// 工作目标 / 类别 / 大类: the goal category, written once per group.
    case category = "group"
    /// 工作任务 / 工作事项 / 重点任务 / 项目名称: the task.
    case task
    /// 目标任务 / 年度目标 / 项目内容 / 建设内容: what the task is to deliver, beside a task-name column.
    case target
    /// 进度安排 / 月度工作计划 / 时间节点 / 一季度目标: what was planned by when.
    case plan
    /// 完成情况 / 进展情况 / 落实情况 / 推进情况: the progress text.
    case progress
    /// 完成状态 / 进度是否滞后, or a column of short judgements (达序推进, 已完成, 滞后).
    case verdict
    /// 完成成效: what the work achieved.
    case result
    /// 责任单位 / 牵头单位: the responsible units.
    case owner
    /// 牵头领导 / 责任人: the responsible leader.
    case leader
    /// 完成时间 / 完成时限: the deadline.
    case deadline
    /// 资金 / 投资: money planned or spent.
    case funding
    /// 备注: remarks.
    case remarks

    /// Header spellings named in messages.
    package var aliases: [String] {
        switch self {
        case .number: return ["序号", "编号"]
        case .category: return ["工作目标", "类别", "大类"]
        case .task: return ["工作任务", "工作事项", "重点任务", "项目名称"]
        case .target: return ["目标任务", "年度目标", "项目内容", "建设内容"]
        case .plan: return ["进度安排", "月度工作计划", "时间节点", "一季度目标"]
        case .progress: return ["完成情况", "进展情况", "落实情况", "推进情况"]
        case .verdict: return ["完成状态", "进度是否滞后"]
        case .result: return ["完成成效"]
        case .owner: return ["责任单位", "牵头单位"]
        case .leader: return ["牵头领导", "责任人"]
        case .deadline: return ["完成时间"]
        case .funding: return ["资金", "投资"]
        case .remarks: return ["备注"]
        }
    }

    /// Header cells are short: longer text (in UTF-8 bytes) is rejected before any other work.
    private static let maxHeaderBytes = 96
    /// Most characters a header label has once its bracketed note and period prefix are gone.
    private static let maxLabelLength = 12

    /// Words that give a role, tried in order: the first rule with a word in the label wins.
    private static let rules: [(role: ColumnRole?, words: [String])] = [
        (.remarks, ["备注", "说明"]),
        (nil, ["数量", "个数", "完成率", "困难", "问题", "存在"]),
        (.funding, ["资金", "投资", "金额", "预算", "经费"]),
        (.leader, ["领导", "责任人", "负责人", "联系人"]),
        (.owner, ["单位", "部门", "主体", "牵头"]),
        (.deadline, ["完成时间", "完成时限", "时限", "截止时间", "完成期限"]),
        (.verdict, ["是否", "状态", "评价", "评定", "等次"]),
        (.plan, ["安排", "计划", "节点", "序时", "阶段目标", "季度目标", "半年目标", "月目标", "时序"]),
        (.result, ["成效", "效果", "成果"]),
        (.progress, ["情况", "进展", "进度", "实施", "落实", "完成数", "实际完成", "完成值", "完成量"]),
        (.category, ["工作目标", "类别", "大类", "领域", "板块", "分类"]),
        (.target, ["目标", "内容", "指标", "要求"]),
        (.task, ["任务", "事项", "工作", "项目", "名称", "举措", "措施", "实事"]),
    ]

    /// The role `header`'s words give, or nil for a cell that is not a short column label.
    package static func recognise(_ header: String) -> ColumnRole? {
        guard header.utf8.count <= maxHeaderBytes, let label = label(of: header) else { return nil }
        return role(ofLabel: label)
    }

    /// The role the words of `label` (as ``label(of:)`` gives it) name.
    private static func role(ofLabel label: String) -> ColumnRole? {
        if ["序号", "编号", "序", "号", "项次", "序列"].contains(label) { return .number }
        if label.count <= 3, label.contains("序") || label.hasSuffix("号") { return .number }
        if label.hasSuffix("任务"), let first = label.first, "我本全".contains(first) { return .target }
        for rule in rules where rule.words.contains(where: { contains(label, $0) }) { return rule.role }
        return nil
    }

    /// True when `header` is a label whose words are known, whether or not they give a role
    /// (存在困难和问题 is a column, of no role goalpost reads).
    package static func isKnownLabel(_ header: String) -> Bool {
        guard header.utf8.count <= maxHeaderBytes, let label = label(of: header) else { return false }
        return role(ofLabel: label) != nil || rules.contains { $0.role == nil && $0.words.contains(where: label.contains) }
    }

    /// True when `header` is a short column label, whether or not its role is known.
    package static func isLabel(_ header: String) -> Bool {
        header.utf8.count <= maxHeaderBytes && label(of: header) != nil
    }

    /// The header's words: simplified, without spaces, a bracketed note (（截至12月底）) or a period
    /// prefix (2023年, 1-8月, 本月); nil when what is left is empty, long, a title (…情况表) or a sentence.
    static func label(of header: String) -> String? {
        let squeezed = CellText.squeezed(header)
        // A prefix (2023年度, 1-12月份) and a bracketed note aside, a label is short Chinese: other
        // text is turned down before any further work.
        guard squeezed.count <= maxLabelLength + 8 || squeezed.contains(where: { $0 == "（" || $0 == "(" }),
            squeezed.unicodeScalars.contains(where: \.isHan)
        else { return nil }
        var text = SimplifiedChinese.simplified(squeezed)
        if let open = text.firstIndex(where: { $0 == "（" || $0 == "(" }), open > text.startIndex {
            text = String(text[..<open])
        }
        if let first = text.first, first.isNumber || "本当上全年".contains(first),
            let prefix = text.firstMatch(of: periodPrefix)
        {
            text = String(text[prefix.range.upperBound...])
        }
        text = String(text.drop { "：:".contains($0) }.reversed().drop { "：:%％".contains($0) }.reversed())
        // A label naming several things (进展情况、存在问题及下一步打算) is the column of the first.
        if let join = text.firstIndex(where: { joiners.contains($0) }), join > text.startIndex {
            text = String(text[..<join])
        }
        guard !text.isEmpty, text.count <= maxLabelLength, !text.hasSuffix("表"),
            !text.contains(where: { "。，,；;！!".contains($0) })
        else { return nil }
        return text
    }

    /// Characters joining the things one label names (进展情况、存在问题及下一步打算).
    private static let joiners: Set<Character> = ["、", "及"]

    /// A year or period written before a label: 2023年, 1-8月, 本月 (built once: a pattern literal
    /// is compiled again at every use).
    nonisolated(unsafe) private static let periodPrefix = #/^(?:\d{4}年度?|\d{1,2}\s*[-－—~至]\s*\d{1,2}月份?|本月|当月|上半年|全年|年度)/#

    /// True when `label` holds `word`, a `?` in the label (a character the page lost) matching any one.
    private static func contains(_ label: String, _ word: String) -> Bool {
        if label.contains(word) { return true }
        guard label.contains(where: { $0 == "?" || $0 == "？" || $0 == "\u{FFFD}" }) else { return false }
        let text = Array(label)
        let pattern = Array(word)
        guard text.count >= pattern.count else { return false }
        return (0...(text.count - pattern.count)).contains { start in
            pattern.indices.allSatisfy { pattern[$0] == text[start + $0] || "?？\u{FFFD}".contains(text[start + $0]) }
        }
    }
}
