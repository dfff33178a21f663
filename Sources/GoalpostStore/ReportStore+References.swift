import GRDB

extension ReportStore {
    /// The id of the report `text` names; unknown or ambiguous references throw, listing candidates.
    package func resolveReport(_ text: String) throws -> Int64 {
        let reference = try ReportReference.parse(text)
        let all = try summaries()
        switch reference {
        case .id(let id):
            guard all.contains(where: { $0.id == id }) else {
                throw StoreError.unknownReport(reference: text, candidates: Self.describe(all.filter(\.current)))
            }
            return id
        case .period(let region, let year, let month):
            let canonical = region.map(regionAliases.canonical)
            return try resolvePeriod(text, region: canonical, year: year, month: month, in: all.filter(\.current))
        }
    }

    private func resolvePeriod(_ text: String, region: String?, year: Int, month: Int?, in current: [ReportSummary]) throws -> Int64 {
        let regional = current.filter { region == nil || $0.region == region }
        let ofYear = regional.filter { $0.year == year && (month == nil || $0.asOfMonth == month) }
        let regions = Set(ofYear.map(\.region))
        if regions.count > 1 {
            throw StoreError.ambiguousReport(reference: text, candidates: Self.describe(ofYear))
        }
        guard let chosen = ofYear.max(by: { $0.asOfMonth < $1.asOfMonth }) else {
            throw StoreError.unknownReport(reference: text, candidates: Self.describe(regional.isEmpty ? current : regional))
        }
        return chosen.id
    }

    static func describe(_ summaries: [ReportSummary]) -> [String] {
        summaries.map { "\($0.reference) (id \($0.id))" }
    }

    /// The id of the task `text` names: `task:N` or `REPORT#NUMBER`.
    package func resolveTask(_ text: String) throws -> Int64 {
        if text.hasPrefix("task:"), let id = Int64(text.dropFirst(5)) {
            let exists = try pool.read { try Bool.fetchOne($0, sql: "SELECT COUNT(*) > 0 FROM task WHERE id = ?", arguments: [id]) }
            guard exists == true else { throw StoreError.unknownTask(reference: text) }
            return id
        }
        guard let hash = text.lastIndex(of: "#") else { throw StoreError.unknownTask(reference: text) }
        let reportId = try resolveReport(String(text[..<hash]))
        let number = String(text[text.index(after: hash)...]).trimmingWhitespace()
        let id = try pool.read { db in
            try Int64.fetchOne(
                db, sql: "SELECT id FROM task WHERE reportId = ? AND number = ? ORDER BY position LIMIT 1",
                arguments: [reportId, number])
        }
        guard let id, !number.isEmpty else { throw StoreError.unknownTask(reference: text) }
        return id
    }
}
