/// A change digest of two reports (变化摘要): the diff plus its highlights.
///
/// Encodes as the diff JSON object with one more key, `highlights` (CONTRACTS.md digest files).
package struct ReportDigest: Sendable, Equatable, Encodable {
    /// The category-by-category diff.
    package var diff: ReportDiff
    /// The lines that matter most, most important first.
    package var highlights: [DigestHighlight]

    package init(diff: ReportDiff, highlights: [DigestHighlight]) {
        self.diff = diff
        self.highlights = highlights
    }

    /// The digest of `diff`, with chronic tasks taken from `lineages`.
    package init(diff: ReportDiff, lineages: [TaskLineage] = []) {
        self.init(diff: diff, highlights: DigestHighlighter.highlights(for: diff, lineages: lineages))
    }

    /// Encodes the diff's fields and `highlights` in one object.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: ReportDiff.Key.self)
        try diff.encodeFields(into: &container)
        try container.encode(highlights, forKey: .highlights)
    }

    /// The Markdown digest.
    package var markdown: String { MarkdownDigest.render(self) }
}
