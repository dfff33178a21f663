/// What happened to one task between two reports; the first that applies, in this order of cases.
package enum DiffItemKind: String, Sendable, Codable, CaseIterable {
    case targetChanged = "target_changed"
    case moved
    case reworded
    case same
    case new
    case dropped
}

/// One task of a category diff: linked (carried over), new or dropped (未再列入).
package struct DiffItem: Sendable, Equatable, Codable {
    /// The kind; for linked tasks the first of target_changed, moved, reworded, same that applies.
    package var kind: DiffItemKind
    /// True when the task text changed beyond whitespace and punctuation (and target spans).
    package var reworded: Bool
    /// True when the task now sits in a category that does not continue its former one.
    package var moved: Bool
    /// The earlier task, nil for new tasks.
    package var before: DiffTaskRef?
    /// The later task, nil for dropped tasks.
    package var after: DiffTaskRef?
    /// Text similarity of a linked pair, nil otherwise.
    package var similarity: Double?
    /// The target change of a linked pair, nil when none.
    package var targetChange: TargetChange?
    /// Who made the link, nil for new and dropped tasks.
    package var linkSource: LinkSource?

    package init(
        kind: DiffItemKind, reworded: Bool = false, moved: Bool = false, before: DiffTaskRef?, after: DiffTaskRef?,
        similarity: Double? = nil, targetChange: TargetChange? = nil, linkSource: LinkSource? = nil
    ) {
        self.kind = kind
        self.reworded = reworded
        self.moved = moved
        self.before = before
        self.after = after
        self.similarity = similarity
        self.targetChange = targetChange
        self.linkSource = linkSource
    }

    private enum CodingKeys: String, CodingKey {
        case kind, reworded, moved, before, after, similarity, targetChange, linkSource
    }

    /// Encodes every field, missing values as JSON null.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(reworded, forKey: .reworded)
        try container.encode(moved, forKey: .moved)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(similarity, forKey: .similarity)
        try container.encode(targetChange, forKey: .targetChange)
        try container.encode(linkSource, forKey: .linkSource)
    }
}
