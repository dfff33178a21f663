/// The meaning of a table column, recognised from its header text.
package enum ColumnRole: String, Sendable, CaseIterable {
    /// 序号: the task number.
    case number
    /// 工作目标 / 类别: the goal category.
    case category
    /// 工作任务 / 年度目标任务: the task.
    case task
    /// 完成情况 / 进展情况: the progress text.
    case progress
    /// 责任单位 / 牵头单位: the responsible units.
    case owner
    /// 牵头领导 / 分管领导: the responsible leader.
    case leader
    /// 一季度目标 / 时序目标: the target for the reported period (kept in the grid, not in the model).
    case periodTarget

    /// Header spellings seen in the wild, compared after removing whitespace.
    package var aliases: [String] {
        switch self {
        case .number: return ["序号", "编号", "序"]
        case .category: return ["工作目标", "类别", "项目名称", "目标类别", "工作类别"]
        case .task: return ["工作任务", "年度目标任务", "目标任务", "主要工作内容", "内容与要求", "项目内容", "重点工作", "工作内容"]
        case .progress: return ["完成情况", "进展情况", "累计完成情况", "推进情况", "完成进度", "上半年推进情况", "进度情况", "工作进展"]
        case .owner: return ["责任单位", "牵头单位", "主要责任单位", "牵头责任单位", "责任部门", "牵头部门"]
        case .leader: return ["牵头领导", "分管领导", "责任领导", "联系领导"]
        case .periodTarget: return ["一季度目标", "季度目标", "半年目标", "上半年目标", "时序目标", "阶段目标", "序时目标", "1-6月目标", "1-9月目标"]
        }
    }

    /// Longest allowed text before an alias ("2023年工作任务" has five).
    private static let maxPrefix = 5
    /// Header cells are short: longer text (in UTF-8 bytes) is rejected before any other work.
    private static let maxHeaderBytes = 96
    /// Every alias and its role, for exact lookups.
    private static let exactAliases: [String: ColumnRole] = Dictionary(
        allCases.flatMap { role in role.aliases.map { ($0, role) } }, uniquingKeysWith: { first, _ in first })

    /// The role whose alias equals the squeezed header text, else one whose alias it merely
    /// decorates (a short prefix such as a year, or a bracketed note after it: 完成情况（截至12月底）).
    package static func recognise(_ header: String) -> ColumnRole? {
        guard header.utf8.count <= maxHeaderBytes else { return nil }
        let text = CellText.squeezed(header)
        if let exact = exactAliases[text] { return exact }
        // Only a year prefix or a bracketed note can decorate an alias.
        guard text.count <= 24, text.unicodeScalars.contains(where: { "年（(".unicodeScalars.contains($0) }) else {
            return nil
        }
        var best: (role: ColumnRole, length: Int)?
        for role in allCases {
            for alias in role.aliases where alias.count >= 2 && decorates(text, alias) && alias.count > (best?.length ?? 0) {
                best = (role, alias.count)
            }
        }
        return best?.role
    }

    private static func decorates(_ text: String, _ alias: String) -> Bool {
        if text.hasPrefix(alias) {
            let rest = text.dropFirst(alias.count)
            return rest.first == "（" || rest.first == "("
        }
        if text.hasSuffix(alias) {
            let prefix = text.dropLast(alias.count)
            return prefix.count <= maxPrefix && prefix.contains("年")
        }
        return false
    }
}
