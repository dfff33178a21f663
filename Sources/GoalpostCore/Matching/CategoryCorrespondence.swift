/// Which goal categories of two reports correspond, by name, alias or content (分类对应).
///
/// `sources[a]` lists the earlier categories that flow into later category `a`; `targets[b]` the later
/// categories that earlier category `b` flows into. Two sources make a merge, two targets a split,
/// no target a dropped category and no source a new one. A nil name stands for the tasks
/// of a table that has no category column.
package struct CategoryCorrespondence: Sendable, Equatable {
    /// Earlier categories in table order.
    package var beforeNames: [String?]
    /// Later categories in table order.
    package var afterNames: [String?]
    /// Later category -> the earlier categories it continues, in earlier table order.
    package var sources: [String?: [String?]]
    /// Earlier category -> the later categories it continues in, in later table order.
    package var targets: [String?: [String?]]

    package init(beforeNames: [String?], afterNames: [String?], sources: [String?: [String?]], targets: [String?: [String?]]) {
        self.beforeNames = beforeNames
        self.afterNames = afterNames
        self.sources = sources
        self.targets = targets
    }

    /// True when earlier category `before` continues in later category `after`; a table without
    /// categories (nil) corresponds to any category, since it says nothing about where a task belongs.
    package func corresponds(before: String?, after: String?) -> Bool {
        guard let before, let after else { return true }
        return targets[before]?.contains(after) ?? false
    }
}
