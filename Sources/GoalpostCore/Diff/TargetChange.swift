/// How a task's target moved between two reports (目标调整): raised, lowered or otherwise changed.
package enum TargetDirection: String, Sendable, Codable, CaseIterable {
    case raised
    case lowered
    case changed
}

/// A changed target of a linked task: the spans as written and the ratio of the values.
package struct TargetChange: Sendable, Equatable, Codable {
    /// The earlier target span(s) as written, e.g. `1000亩以上`.
    package var before: String
    /// The later target span(s) as written.
    package var after: String
    /// Raised or lowered when every changed value moved the same way, else changed.
    package var direction: TargetDirection
    /// After value / before value for a single changed value, else nil.
    package var ratio: Double?

    package init(before: String, after: String, direction: TargetDirection, ratio: Double?) {
        self.before = before
        self.after = after
        self.direction = direction
        self.ratio = ratio
    }

    private enum CodingKeys: String, CodingKey {
        case before, after, direction, ratio
    }

    /// Encodes every field, a missing ratio as JSON null.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(direction, forKey: .direction)
        try container.encode(ratio, forKey: .ratio)
    }
}
