import Foundation

/// A digest ready to be written under `digests/`: its path without extension and both renderings.
package struct DigestFile: Sendable, Equatable {
    /// `REGION/YEAR-MM[-vs-YEAR-MM]` (CONTRACTS.md); append `.md` and `.json`.
    package var relativePath: String
    /// The Markdown digest.
    package var markdown: String
    /// The JSON digest (diff shape plus `highlights`, or the first-report shape), pretty-printed with sorted keys.
    package var json: Data

    package init(relativePath: String, markdown: String, json: Data) {
        self.relativePath = relativePath
        self.markdown = markdown
        self.json = json
    }
}

/// Everything the daemon needs to write the digests of one report, from the region's reports alone.
///
/// Stateless and order-independent: links are recomputed from the reports and user decisions,
/// and lineages (for chronic tasks) use only reports up to the one digested, so a digest of a
/// given pair is the same whichever order the reports arrived in.
package enum RegionDigester {
    /// The digests of the report with id `reportID` against its baselines (`ComparisonPlanner`), or its
    /// first-report digest when it has none. `sides` are the region's reports (any order; superseded
    /// editions are ignored).
    package static func digests(
        for reportID: Int64, sides: [DiffSide], options: MatchOptions = MatchOptions()
    ) throws -> [DigestFile] {
        let current = sides.filter(\.summary.current)
            .sorted { ($0.summary.year, $0.summary.asOfMonth, $0.summary.id) < ($1.summary.year, $1.summary.asOfMonth, $1.summary.id) }
        guard let report = current.first(where: { $0.summary.id == reportID }) else { return [] }
        let baselines = ComparisonPlanner.baselines(for: report.summary, among: current.map(\.summary))
        guard !baselines.isEmpty else {
            let digest = FirstReportDigest(side: report)
            return [DigestFile(relativePath: DigestPath.baseName(for: report.summary), markdown: digest.markdown, json: try encode(digest))]
        }
        let upToReport = Array(current.prefix { $0.summary.id != reportID }) + [report]
        let lineages = self.lineages(of: upToReport, options: options)
        return try baselines.compactMap { baseline in
            guard let before = current.first(where: { $0.summary.id == baseline.id }) else { return nil }
            let digest = ReportDigest(diff: ReportDiffer.diff(before: before, after: report, options: options), lineages: lineages)
            return DigestFile(
                relativePath: DigestPath.baseName(for: report.summary, against: baseline), markdown: digest.markdown,
                json: try encode(digest)
            )
        }
    }

    /// Lineages over `sides` in time order, from links between neighbours and between each year's
    /// last report and the next year's (the spine a partial half-year report must not cut).
    package static func lineages(of sides: [DiffSide], options: MatchOptions = MatchOptions()) -> [TaskLineage] {
        let reports = sides.map(LineageReport.init)
        let ordered = sides.indices.sorted { i, j in
            (reports[i].year, reports[i].asOfMonth, reports[i].reportID) < (reports[j].year, reports[j].asOfMonth, reports[j].reportID)
        }
        let spine = LineageBuilder.spineReports(ordered.map { reports[$0] }).map { ordered[$0] }
        var pairs = zip(ordered, ordered.dropFirst()).map { ($0, $1) }
        for (a, b) in zip(spine, spine.dropFirst()) where !pairs.contains(where: { $0 == (a, b) }) { pairs.append((a, b)) }
        let links = pairs.flatMap { TaskMatcher.match(before: sides[$0], after: sides[$1], options: options).links }
        return LineageBuilder.lineages(reports: reports, links: links.map(\.pair), confirmed: options.decisions.confirmed)
    }

    /// The JSON form used for digest files: pretty-printed, sorted keys, slashes unescaped.
    package static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
