/// What happened to one task between two reports; the first that applies, in this order of cases.
package enum DiffItemKind: String, Sendable, Codable, CaseIterable {
    case targetChanged = "target_changed"
    case moved
    case reworded
    case same
    case new
    case dropped
}

/// A task carried over from the earlier report to the later one, with what changed on the way.
package struct LinkedTasks: Sendable, Equatable {
    /// The earlier task.
    package var before: DiffTaskRef
    /// The later task.
    package var after: DiffTaskRef
    /// True when the task text changed beyond whitespace and punctuation (and target spans).
    package var reworded: Bool
    /// True when the task now sits in a category that does not continue its former one.
    package var moved: Bool
    /// Text similarity of the pair.
    package var similarity: Double?
    /// The target change, nil when none.
    package var targetChange: TargetChange?
    /// Who made the link.
    package var linkSource: LinkSource?

    package init(
        before: DiffTaskRef, after: DiffTaskRef, reworded: Bool = false, moved: Bool = false, similarity: Double? = nil,
        targetChange: TargetChange? = nil, linkSource: LinkSource? = nil
    ) {
        self.before = before
        self.after = after
        self.reworded = reworded
        self.moved = moved
        self.similarity = similarity
        self.targetChange = targetChange
        self.linkSource = linkSource
    }

    /// The first of target_changed, moved, reworded, same that applies.
    package var kind: DiffItemKind {
        targetChange != nil ? .targetChanged : moved ? .moved : reworded ? .reworded : .same
    }
}

/// One task of a category diff: linked (carried over), new or dropped (未再列入).
///
/// The three cases are the only states: a linked item always has both tasks, a new one only the
/// later task, a dropped one only the earlier task (and, when the looser pass found one, a later
/// task that may carry it on, to be confirmed by the user; it is not a link).
package enum DiffItem: Sendable, Equatable {
    case linked(LinkedTasks)
    case new(DiffTaskRef)
    case dropped(DiffTaskRef, possibleContinuation: PossibleContinuation? = nil)

    /// The kind; for linked tasks the first of target_changed, moved, reworded, same that applies.
    package var kind: DiffItemKind {
        switch self {
        case .linked(let pair): pair.kind
        case .new: .new
        case .dropped: .dropped
        }
    }

    /// The linked pair, nil for new and dropped tasks.
    package var link: LinkedTasks? {
        if case .linked(let pair) = self { pair } else { nil }
    }

    /// The earlier task, nil for new tasks.
    package var before: DiffTaskRef? {
        switch self {
        case .linked(let pair): pair.before
        case .new: nil
        case .dropped(let task, _): task
        }
    }

    /// The later task, nil for dropped tasks.
    package var after: DiffTaskRef? {
        switch self {
        case .linked(let pair): pair.after
        case .new(let task): task
        case .dropped: nil
        }
    }

    /// The task as it last appears: the later one when there is one, else the earlier one.
    package var latest: DiffTaskRef {
        switch self {
        case .linked(let pair): pair.after
        case .new(let task), .dropped(let task, _): task
        }
    }

    /// True for a linked task whose text changed.
    package var reworded: Bool { link?.reworded ?? false }
    /// True for a linked task that changed category.
    package var moved: Bool { link?.moved ?? false }
    /// Text similarity of a linked pair, nil otherwise.
    package var similarity: Double? { link?.similarity }
    /// The target change of a linked pair, nil when none.
    package var targetChange: TargetChange? { link?.targetChange }
    /// Who made the link, nil for new and dropped tasks.
    package var linkSource: LinkSource? { link?.linkSource }
    /// True for a task no longer listed that was left unfinished (partial or in progress) and that
    /// no later task possibly continues: what the digest calls 未完成即未再列入.
    package var isDroppedUnfinished: Bool {
        guard case .dropped(let task, nil) = self, let status = task.status else { return false }
        return status.isUnfinished
    }

    /// The later task a dropped task may continue in, nil otherwise.
    package var possibleContinuation: PossibleContinuation? {
        if case .dropped(_, let candidate) = self { candidate } else { nil }
    }
}
