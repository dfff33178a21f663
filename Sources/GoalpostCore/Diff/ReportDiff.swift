/// The comparison of two reports of a region by goal category (`goalpost diff A B --json`, CONTRACTS.md).
package struct ReportDiff: Sendable, Equatable, Codable {
    /// Version of the JSON shape.
    package var schema: Int
    /// The earlier report.
    package var from: DiffReportSummary
    /// The later report.
    package var to: DiffReportSummary
    /// Later categories in table order, then dropped categories in earlier table order.
    package var categories: [CategoryDiff]

    package init(schema: Int = 1, from: DiffReportSummary, to: DiffReportSummary, categories: [CategoryDiff]) {
        self.schema = schema
        self.from = from
        self.to = to
        self.categories = categories
    }

    /// Keys of the diff JSON object, plus `highlights` used by digests.
    package enum Key: String, CodingKey {
        case schema, from, to, categories, highlights
    }

    /// Decodes the contract's fields (a digest's extra keys are ignored).
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        schema = try container.decode(Int.self, forKey: .schema)
        from = try container.decode(DiffReportSummary.self, forKey: .from)
        to = try container.decode(DiffReportSummary.self, forKey: .to)
        categories = try container.decode([CategoryDiff].self, forKey: .categories)
    }

    /// Encodes the contract's fields.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try encodeFields(into: &container)
    }

    /// Writes the contract's fields into `container`, so that a digest can add its own next to them.
    package func encodeFields(into container: inout KeyedEncodingContainer<Key>) throws {
        try container.encode(schema, forKey: .schema)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(categories, forKey: .categories)
    }

    /// All items of all categories.
    package var items: [DiffItem] { categories.flatMap(\.items) }
}
