/// What a cell's text looks like, for placing cells whose column the layout lost: a short name
/// of a unit (县卫生健康局), a progress text (已完成。…), a number.
enum CellKind {
    /// Words that open a progress text (已完成。…, 截至6月底…, 提前完成年度任务).
    static let progressOpenings = ["已完成", "已", "完成", "正在", "截至", "截止", "基本完成", "提前完成", "目前", "累计", "未完成", "尚未"]
    /// Endings of the names of units (offices, towns, companies).
    static let unitEndings = ["局", "委", "办", "中心", "街道", "街", "镇", "乡", "会", "院", "所", "站", "公司", "部", "处", "队", "厅", "室", "集团"]
    /// Longest text read as a unit name (several units joined: 区住建局、区交通运输局).
    static let maxUnitText = 40

    /// True for a progress text.
    static func isProgress(_ text: String) -> Bool {
        let text = SimplifiedChinese.simplified(text.trimmingWhitespace())
        return progressOpenings.contains { text.hasPrefix($0) }
    }

    /// True for the name of one unit or a few (县卫生健康局, 区城管局 区水投 is not: 区水投 ends otherwise).
    static func isUnit(_ text: String) -> Bool {
        let text = SimplifiedChinese.simplified(text.trimmingWhitespace())
        guard !text.isEmpty, text.count <= maxUnitText, !text.contains(where: { "。；;：:".contains($0) }) else { return false }
        let parts = text.split { "、，, \n/".contains($0) }
        return !parts.isEmpty && parts.allSatisfy { part in unitEndings.contains { part.hasSuffix($0) } }
    }

    /// How well `text` fits a column of `role`: positive fits, negative does not.
    static func fit(_ text: String, role: ColumnRole?) -> Int {
        let trimmed = text.trimmingWhitespace()
        switch role {
        case .number: return trimmed.isEmpty ? 0 : SectionTitle.isNumber(trimmed) ? 1 : -1
        case .owner, .leader: return trimmed.isEmpty ? 0 : isUnit(trimmed) ? 1 : isProgress(trimmed) ? -2 : trimmed.count > maxUnitText ? -1 : 0
        case .progress: return trimmed.isEmpty ? -1 : isProgress(trimmed) ? 1 : isUnit(trimmed) ? -2 : 0
        case .task, .target: return isUnit(trimmed) || isProgress(trimmed) ? -1 : 0
        default: return 0
        }
    }
}
