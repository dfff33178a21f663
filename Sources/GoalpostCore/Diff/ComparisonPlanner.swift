/// Chooses which earlier reports a report is compared with (对比基准), for digests and `diff` defaults.
///
/// Year over year: the latest earlier year's year-end report, else that year's latest period.
/// Within a year: the same year's latest earlier period (half-year -> year-end: what advanced).
/// Only current editions of the same region count; ties go to the higher id (the later edition).
package enum ComparisonPlanner {
    /// The reports to compare `report` with, earliest first: at most one per rule, no duplicates.
    package static func baselines(for report: DiffReportSummary, among reports: [DiffReportSummary]) -> [DiffReportSummary] {
        let earlier = reports.filter {
            $0.region == report.region && $0.current && $0.id != report.id
                && ($0.year, $0.asOfMonth) < (report.year, report.asOfMonth)
        }
        var chosen: [DiffReportSummary] = []
        if let lastYear = earlier.filter({ $0.year < report.year }).map(\.year).max() {
            chosen += latest(earlier.filter { $0.year == lastYear }).map { [$0] } ?? []
        }
        if let sameYear = latest(earlier.filter { $0.year == report.year }), !chosen.contains(sameYear) {
            chosen.append(sameYear)
        }
        return chosen.sorted { ($0.year, $0.asOfMonth, $0.id) < ($1.year, $1.asOfMonth, $1.id) }
    }

    /// The year-over-year baseline only, the one `goalpost diff` and `digest` name first.
    package static func yearOverYear(for report: DiffReportSummary, among reports: [DiffReportSummary]) -> DiffReportSummary? {
        baselines(for: report, among: reports).first { $0.year < report.year }
    }

    private static func latest(_ reports: [DiffReportSummary]) -> DiffReportSummary? {
        reports.max { ($0.asOfMonth, $0.id) < ($1.asOfMonth, $1.id) }
    }
}
