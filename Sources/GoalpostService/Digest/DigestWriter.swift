import Foundation
import GoalpostStore

/// Writes change digests (`digests/REGION/YEAR-MM.md` and `.json`) derived from the history.
///
/// Digests are a pure function of the database, so a missing one can always be written again.
package struct DigestWriter: Sendable {
    package let store: ReportStore
    package let folder: URL

    package init(store: ReportStore, folder: URL) {
        self.store = store
        self.folder = folder
    }

    /// The Markdown and JSON paths of a report's digest.
    package func paths(for summary: ReportSummary) -> (markdown: URL, json: URL) {
        let base = folder.appendingPathComponent(DigestWriter.safeName(summary.region))
            .appendingPathComponent(String(format: "%04d-%02d", summary.year, summary.asOfMonth))
        return (base.appendingPathExtension("md"), base.appendingPathExtension("json"))
    }

    /// Writes the digest of report `id` atomically; returns the Markdown path.
    @discardableResult
    package func write(reportId id: Int64) throws -> URL {
        guard let report = try store.report(id: id) else { throw StoreError.unknownReport(reference: "id:\(id)", candidates: []) }
        let digest = ReportDigest(report: report)
        let (markdown, json) = paths(for: report.summary)
        try FileMoves.writeAtomically(Data(digest.markdown().utf8), to: markdown)
        try FileMoves.writeAtomically(try digest.json(), to: json)
        return markdown
    }

    /// Writes the digest of every current report whose digest files are missing; returns their ids.
    package func writeMissing() throws -> [Int64] {
        var written: [Int64] = []
        for summary in try store.summaries() where summary.current {
            let (markdown, json) = paths(for: summary)
            let manager = FileManager.default
            if !manager.fileExists(atPath: markdown.path) || !manager.fileExists(atPath: json.path) {
                try write(reportId: summary.id)
                written.append(summary.id)
            }
        }
        return written
    }

    /// A region name usable as a folder name (no slashes, no leading dot).
    static func safeName(_ region: String) -> String {
        let cleaned = region.replacingOccurrences(of: "/", with: "_")
        return cleaned.hasPrefix(".") ? "_" + cleaned : cleaned
    }
}
