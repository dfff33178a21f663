/// The kinds of digest lines, in the order a reader should see them.
package enum DigestHighlightKind: String, Sendable, Codable, CaseIterable {
    case droppedUnfinished = "dropped_unfinished"
    case targetLowered = "target_lowered"
    case targetRaised = "target_raised"
    case targetChanged = "target_changed"
    case chronic
    case possibleContinuation = "possible_continuation"
    case advanced
    case categoryNew = "category_new"
    case categoryDropped = "category_dropped"
    case unfinished
}

/// One line that matters in a digest (要点), with what a reader needs to cite it.
package struct DigestHighlight: Sendable, Equatable, Codable {
    /// What the line is about.
    package var kind: DigestHighlightKind
    /// The goal category, nil (JSON null) for a task of a table without categories.
    package var category: String?
    /// The line in Chinese, citing source file(s) and task number(s).
    package var text: String
    /// Source file of the earlier task, nil when the line names none.
    package var beforeFile: String?
    /// Number of the earlier task, nil when the line names none.
    package var beforeNumber: String?
    /// Source file of the later task, nil when the line names none.
    package var afterFile: String?
    /// Number of the later task, nil when the line names none.
    package var afterNumber: String?

    package init(
        kind: DigestHighlightKind, category: String?, text: String, beforeFile: String? = nil,
        beforeNumber: String? = nil, afterFile: String? = nil, afterNumber: String? = nil
    ) {
        self.kind = kind
        self.category = category
        self.text = text
        self.beforeFile = beforeFile
        self.beforeNumber = beforeNumber
        self.afterFile = afterFile
        self.afterNumber = afterNumber
    }

    private enum CodingKeys: String, CodingKey {
        case kind, category, text, beforeFile, beforeNumber, afterFile, afterNumber
    }

    /// Encodes every field, missing ones as JSON null.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(category, forKey: .category)
        try container.encode(text, forKey: .text)
        try container.encode(beforeFile, forKey: .beforeFile)
        try container.encode(beforeNumber, forKey: .beforeNumber)
        try container.encode(afterFile, forKey: .afterFile)
        try container.encode(afterNumber, forKey: .afterNumber)
    }
}
