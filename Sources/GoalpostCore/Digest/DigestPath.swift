import Foundation

/// Where a digest is filed under the home's `digests/` folder (CONTRACTS.md).
package enum DigestPath {
    /// `REGION/YEAR-MM[-vs-YEAR-MM]` without extension, e.g. `临安区/2024-12-vs-2023-12`.
    package static func baseName(for report: DiffReportSummary, against previous: DiffReportSummary? = nil) -> String {
        var name = stamp(report)
        if let previous { name += "-vs-" + stamp(previous) }
        return "\(RegionFolder.name(report.region))/\(name)"
    }

    /// `YEAR-MM` of a report (`2024-06`, `2024-12`).
    package static func stamp(_ report: DiffReportSummary) -> String {
        "\(report.year)-\(report.asOfMonth < 10 ? "0" : "")\(report.asOfMonth)"
    }
}
