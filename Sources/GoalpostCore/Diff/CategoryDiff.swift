/// How a goal category changed between two reports.
package enum CategoryChange: String, Sendable, Codable, CaseIterable {
    case same
    case renamed
    case new
    case dropped
    case split
    case merged
}

/// One goal category of a diff with its figures and task items (分类对比).
package struct CategoryDiff: Sendable, Equatable, Codable {
    /// The category's last name (the earlier name for a dropped category); nil for the tasks of a
    /// table without categories (JSON null).
    package var name: String?
    /// Earlier names it continues, other than `name`.
    package var previousNames: [String]
    /// How it changed.
    package var change: CategoryChange
    /// Tasks of the earlier categories it continues; of a category split among several, only the
    /// tasks that came to this part (linked into it, or dropped and listed under it).
    package var tasksBefore: Int
    /// Tasks in it now.
    package var tasksAfter: Int
    /// Share of earlier tasks exceeded or met among those with a known status, nil when none known.
    package var deliveredBefore: Double?
    /// Share of later tasks exceeded or met among those with a known status, nil when none known.
    package var deliveredAfter: Double?
    /// Linked tasks in later table order, then new ones among them, then dropped tasks.
    package var items: [DiffItem]

    package init(
        name: String?, previousNames: [String], change: CategoryChange, tasksBefore: Int, tasksAfter: Int,
        deliveredBefore: Double?, deliveredAfter: Double?, items: [DiffItem]
    ) {
        self.name = name
        self.previousNames = previousNames
        self.change = change
        self.tasksBefore = tasksBefore
        self.tasksAfter = tasksAfter
        self.deliveredBefore = deliveredBefore
        self.deliveredAfter = deliveredAfter
        self.items = items
    }

    private enum CodingKeys: String, CodingKey {
        case name, previousNames, change, tasksBefore, tasksAfter, deliveredBefore, deliveredAfter, items
    }

    /// Encodes every field, missing shares as JSON null.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(previousNames, forKey: .previousNames)
        try container.encode(change, forKey: .change)
        try container.encode(tasksBefore, forKey: .tasksBefore)
        try container.encode(tasksAfter, forKey: .tasksAfter)
        try container.encode(deliveredBefore, forKey: .deliveredBefore)
        try container.encode(deliveredAfter, forKey: .deliveredAfter)
        try container.encode(items, forKey: .items)
    }

    /// The name as shown to readers: the name, or 未分类 for a table without categories.
    package var label: String { Self.label(name) }

    /// How a category name is shown: the name, or 未分类 for tasks without a category.
    package static func label(_ name: String?) -> String { name ?? "（未分类）" }

    /// Number of items of `kind`.
    package func count(of kind: DiffItemKind) -> Int {
        items.filter { $0.kind == kind }.count
    }
}
