import GoalpostCore

/// A user's way of naming a report (CONTRACTS.md "Report references").
package enum ReportReference: Sendable, Equatable {
    /// `id:N`, or a bare number outside 1900-2100.
    case id(Int64)
    /// `REGION/YEAR`, `REGION/YEAR-MM`, `YEAR` or `YEAR-MM`; a nil month means year-end, else the latest period.
    case period(region: String?, year: Int, month: Int?)

    /// Parses `text`; throws ``StoreError/badReference(reference:)`` when it fits no form.
    package static func parse(_ text: String) throws -> ReportReference {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("id:"), let id = Int64(trimmed.dropFirst(3)) { return .id(id) }
        if let number = Int64(trimmed), !(1900...2100).contains(number) { return .id(number) }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let periodText = parts.last else { throw StoreError.badReference(reference: text) }
        let region = parts.count == 2 ? parts[0].trimmingWhitespace() : nil
        if let region, region.isEmpty { throw StoreError.badReference(reference: text) }
        guard let (year, month) = parsePeriod(String(periodText)) else { throw StoreError.badReference(reference: text) }
        return .period(region: region, year: year, month: month)
    }

    private static func parsePeriod(_ text: String) -> (Int, Int?)? {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = Int(pieces[0]), (1900...2100).contains(year), pieces.count <= 2 else { return nil }
        guard pieces.count == 2 else { return (year, nil) }
        guard let month = Int(pieces[1]), (1...12).contains(month) else { return nil }
        return (year, month)
    }
}
