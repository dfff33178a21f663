/// Chains task links through all reports of one region into lineages (任务脉络).
package enum LineageBuilder {
    /// The lineages of `reports` given the links between them.
    ///
    /// Reports are ordered by year, month and id; only links between neighbours in that order are
    /// followed, so a direct 2023 -> 2024 link does not fight the 2023 -> 2024-06 -> 2024 chain.
    /// Every task belongs to exactly one lineage; lineages are sorted by their first task's report
    /// and position.
    package static func lineages(reports: [LineageReport], links: [TaskPair]) -> [TaskLineage] {
        let ordered = reports.sorted { ($0.year, $0.asOfMonth, $0.reportID) < ($1.year, $1.asOfMonth, $1.reportID) }
        var reportIndex: [Int64: Int] = [:]
        var status: [Int64: OutcomeStatus?] = [:]
        for (index, report) in ordered.enumerated() {
            for task in report.tasks {
                reportIndex[task.id] = index
                status[task.id] = task.status
            }
        }
        var next: [Int64: Int64] = [:]
        var hasPrevious = Set<Int64>()
        for link in links.sorted(by: { ($0.before, $0.after) < ($1.before, $1.after) }) {
            guard let from = reportIndex[link.before], let to = reportIndex[link.after], to == from + 1,
                next[link.before] == nil, !hasPrevious.contains(link.after)
            else { continue }
            next[link.before] = link.after
            hasPrevious.insert(link.after)
        }
        var lineages: [TaskLineage] = []
        for report in ordered {
            for task in report.tasks where !hasPrevious.contains(task.id) {
                var chain = [task.id]
                while let following = next[chain[chain.count - 1]] { chain.append(following) }
                lineages.append(lineage(chain, reports: ordered, reportIndex: reportIndex, status: status))
            }
        }
        return lineages
    }

    private static func lineage(
        _ chain: [Int64], reports: [LineageReport], reportIndex: [Int64: Int], status: [Int64: OutcomeStatus?]
    ) -> TaskLineage {
        // A year-end report decides whether the task was finished that year; a mid-year one does not
        // (in progress in June is no failure), nor does a continuing policy (ongoing) ever.
        let yearOf = { (id: Int64) in reportIndex[id].map { reports[$0].year } }
        let yearEnd = { (id: Int64) in reportIndex[id].map { reports[$0].asOfMonth >= 12 } ?? false }
        var latestByYear: [Int: Int64] = [:]
        for id in chain where yearEnd(id) { if let year = yearOf(id) { latestByYear[year] = id } }
        let unfinished = latestByYear.filter { _, id in
            guard let known = status[id] ?? nil else { return false }
            return known.isUnfinished
        }.keys.sorted()
        let years = chain.compactMap(yearOf)
        return TaskLineage(
            lineageID: chain.first ?? 0, taskIDs: chain, firstYear: years.min() ?? 0, lastYear: years.max() ?? 0,
            unfinishedYears: unfinished
        )
    }
}
