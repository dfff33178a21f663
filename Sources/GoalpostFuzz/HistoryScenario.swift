/// A random history: report files and the operations run on them, in order. Saved as JSON when it
/// traps, so it replays without the generator.
package struct HistoryScenario: Codable, Sendable {
    /// A generated report file and the hints it is ingested with (`goalpost ingest --region/--year/--as-of-month`).
    package struct File: Codable, Sendable {
        package var name: String
        package var text: String
        package var region: String?
        package var year: Int?
        package var asOfMonth: Int?
    }

    package var files: [File]
    package var operations: [HistoryOperation]
}

/// One history operation. Report and task operands are indexes into what the history holds when
/// the operation runs (taken modulo its size), so a scenario cut short still means something.
package enum HistoryOperation: Codable, Sendable {
    /// Ingest file `file` and refresh digests, as `goalpost ingest` does.
    case ingest(file: Int)
    /// `goalpost forget`.
    case forget(report: Int)
    /// `goalpost reparse` (from the kept original).
    case reparse(report: Int)
    /// `goalpost link` (confirmed) or `goalpost unlink`.
    case link(before: Int, after: Int, confirmed: Bool)
    /// `goalpost alias NAME CANONICAL` or `--remove` (nil).
    case alias(name: String, canonical: String?)
    /// `goalpost override TASK STATUS --reason`.
    case override(task: Int, status: String, reason: String)
    /// `goalpost diff A B --json` and its Markdown digest.
    case diff(before: Int, after: Int)
    /// `goalpost history`, `trace`, `owners`, `export` over a region.
    case lineages(region: Int)
    /// `goalpost search TEXT`.
    case search(text: String)
    /// `goalpost show REFERENCE` resolution (report or task references as typed).
    case resolve(reference: String)
    /// Writes every missing digest and prunes stale ones (the daemon's reconcile).
    case digests

    /// The operation's name in the tallies (`history/forget`).
    package var name: String {
        switch self {
        case .ingest: return "ingest"
        case .forget: return "forget"
        case .reparse: return "reparse"
        case .link(_, _, let confirmed): return confirmed ? "link" : "unlink"
        case .alias(_, let canonical): return canonical == nil ? "alias-remove" : "alias"
        case .override: return "override"
        case .diff: return "diff"
        case .lineages: return "lineages"
        case .search: return "search"
        case .resolve: return "resolve"
        case .digests: return "digests"
        }
    }
}
