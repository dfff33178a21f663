/// Who made a link: the matcher (`auto`) or the user (`user`).
package enum LinkSource: String, Sendable, Codable, CaseIterable {
    case auto
    case user
}

/// A link between a task of the earlier report and the same task in the later report (关联).
package struct TaskLink: Sendable, Hashable, Codable {
    /// Task id in the earlier report.
    package var before: Int64
    /// Task id in the later report.
    package var after: Int64
    /// The text similarity of the two tasks, 0...1, rounded to three decimals.
    package var similarity: Double
    /// The score the assignment used: similarity plus the category bonus.
    package var score: Double
    /// Whether the matcher or the user made the link.
    package var source: LinkSource

    package init(before: Int64, after: Int64, similarity: Double, score: Double, source: LinkSource) {
        self.before = before
        self.after = after
        self.similarity = similarity
        self.score = score
        self.source = source
    }

    /// The ids as a pair.
    package var pair: TaskPair { TaskPair(before: before, after: after) }
}
