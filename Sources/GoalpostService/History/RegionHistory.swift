import Foundation
import GoalpostCore
import GoalpostStore

/// Cross-report questions about a region's history: diffs, digests, lineages, category histories.
///
/// Links are not stored: they are recomputed from the reports and the user's decisions, which is
/// what makes them the same whatever order the reports arrived in.
package struct RegionHistory: Sendable {
    package let store: ReportStore
    /// Category aliases from the configuration; the database's (`goalpost alias`) are added.
    package let configuredCategoryAliases: [String: String]

    package init(store: ReportStore, categoryAliases: [String: String] = [:]) {
        self.store = store
        configuredCategoryAliases = categoryAliases
    }

    /// Matching options for `region`: aliases and the user's link decisions.
    package func options(region: String) throws -> MatchOptions {
        let aliases = configuredCategoryAliases.merging(try store.categoryAliases()) { $1 }
        return MatchOptions(categoryAliases: aliases, decisions: try store.linkDecisions(region: region))
    }

    /// The current editions of `region`, in time order.
    package func currentSides(region: String) throws -> [DiffSide] {
        try store.sides(region: region).filter(\.summary.current)
            .sorted { ($0.summary.year, $0.summary.asOfMonth) < ($1.summary.year, $1.summary.asOfMonth) }
    }

    /// The diff of two reports (any two, even of different regions).
    package func diff(from before: Int64, to after: Int64) throws -> ReportDiff {
        guard let first = try store.side(id: before), let second = try store.side(id: after) else {
            throw StoreError.unknownReport(reference: "id:\(before) or id:\(after)", candidates: [])
        }
        return ReportDiffer.diff(before: first, after: second, options: try options(region: second.summary.region))
    }

    /// Lineages of `region`'s tasks across its current reports.
    package func lineages(region: String) throws -> [TaskLineage] {
        RegionDigester.lineages(of: try currentSides(region: region), options: try options(region: region))
    }

    /// Diffs between consecutive current reports of `region`.
    package func consecutiveDiffs(region: String) throws -> (sides: [DiffSide], diffs: [ReportDiff]) {
        let sides = try currentSides(region: region)
        let options = try options(region: region)
        return (sides, zip(sides, sides.dropFirst()).map { ReportDiffer.diff(before: $0, after: $1, options: options) })
    }
}
