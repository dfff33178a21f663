/// The contract JSON of a diff item: `{kind, reworded, moved, before, after, similarity, targetChange,
/// linkSource, possibleContinuation}`, every field present, missing values as null.
extension DiffItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, reworded, moved, before, after, similarity, targetChange, linkSource, possibleContinuation
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
        try container.encode(possibleContinuation, forKey: .possibleContinuation)
    }

    /// Decodes the contract shape; a kind whose tasks are missing is a decoding error.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(DiffItemKind.self, forKey: .kind)
        let before = try container.decodeIfPresent(DiffTaskRef.self, forKey: .before)
        let after = try container.decodeIfPresent(DiffTaskRef.self, forKey: .after)
        switch (kind, before, after) {
        case (.new, nil, let after?):
            self = .new(after)
        case (.dropped, let before?, nil):
            self = .dropped(
                before, possibleContinuation: try container.decodeIfPresent(PossibleContinuation.self, forKey: .possibleContinuation))
        case (.targetChanged, let before?, let after?), (.moved, let before?, let after?),
            (.reworded, let before?, let after?), (.same, let before?, let after?):
            self = .linked(
                LinkedTasks(
                    before: before, after: after,
                    reworded: try container.decodeIfPresent(Bool.self, forKey: .reworded) ?? false,
                    moved: try container.decodeIfPresent(Bool.self, forKey: .moved) ?? false,
                    similarity: try container.decodeIfPresent(Double.self, forKey: .similarity),
                    targetChange: try container.decodeIfPresent(TargetChange.self, forKey: .targetChange),
                    linkSource: try container.decodeIfPresent(LinkSource.self, forKey: .linkSource)
                )
            )
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "A '\(kind.rawValue)' item without the tasks its kind needs."
            )
        }
    }
}
