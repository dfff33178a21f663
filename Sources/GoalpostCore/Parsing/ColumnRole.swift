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

    /// Header spellings seen in the wild, compared after removing whitespace.
    package var aliases: [String] {
        switch self {
        case .number: return ["序号", "编号", "序"]
        case .category: return ["工作目标", "类别", "项目名称", "目标类别", "工作类别"]
        case .task: return ["工作任务", "年度目标任务", "目标任务", "主要工作内容", "内容与要求", "项目内容", "重点工作", "工作内容"]
        case .progress: return ["完成情况", "进展情况", "累计完成情况", "推进情况", "完成进度", "上半年推进情况", "进度情况", "工作进展"]
        case .owner: return ["责任单位", "牵头单位", "主要责任单位", "牵头责任单位"]
        case .leader: return ["牵头领导", "分管领导", "责任领导"]
        }
    }

    /// The role whose alias equals the squeezed header text, if any.
    package static func recognise(_ header: String) -> ColumnRole? {
        let text = CellText.squeezed(header)
        return allCases.first { $0.aliases.contains(text) }
    }
}
