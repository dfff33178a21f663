/// Chains task links through all reports of one region into lineages (任务脉络).
///
/// Year-end reports make the spine: each year's last report is linked to the next year's, so a
/// half-year or quarterly report that lists only some tasks never cuts a lineage through it. A
/// mid-year task joins the lineage of the later task of its year it links to (2024-06 → 2024), else
/// of the earlier task linked to it; two lineages join through a mid-year chain only when they hold
/// no two tasks of one report (a direct 2023 → 2024 link wins over 2023 → 2024-06 → another 2024 task).
/// The user's confirmed links are joined before any other, between any two reports, so they win
/// over every computed link that disagrees with them.
package enum LineageBuilder {
    /// The lineages of `reports` given the links between them and the links the user confirmed.
    /// Every task belongs to exactly one lineage; lineages are sorted by their first task's report
    /// and position.
    package static func lineages(reports: [LineageReport], links: [TaskPair], confirmed: [TaskPair] = []) -> [TaskLineage] {
        let ordered = reports.sorted { ($0.year, $0.asOfMonth, $0.reportID) < ($1.year, $1.asOfMonth, $1.reportID) }
        var reportIndex: [Int64: Int] = [:]
        var status: [Int64: OutcomeStatus?] = [:]
        for (index, report) in ordered.enumerated() {
            for task in report.tasks {
                reportIndex[task.id] = index
                status[task.id] = task.status
            }
        }
        var groups = Groups(reportIndex: reportIndex)
        let sortedLinks = links.sorted { ($0.before, $0.after) < ($1.before, $1.after) }
            .filter { link in
                guard let from = reportIndex[link.before], let to = reportIndex[link.after] else { return false }
                return from < to
            }
        let spine = spineReports(ordered)
        // 0. The user's links, whichever reports they join.
        for link in confirmed.sorted(by: { ($0.before, $0.after) < ($1.before, $1.after) })
        where reportIndex[link.before] != nil && reportIndex[link.after] != nil {
            groups.join(link.before, link.after)
        }
        // 1. The spine: links between consecutive year-end (last-of-year) reports.
        for link in sortedLinks {
            guard let from = reportIndex[link.before], let to = reportIndex[link.after],
                  let a = spine.firstIndex(of: from), a + 1 < spine.count, spine[a + 1] == to else { continue }
            groups.join(link.before, link.after)
        }
        // 2. Mid-year tasks, latest first: forward to the nearest later task of their year, else
        // back to the nearest earlier task linked to them.
        let from = Dictionary(grouping: sortedLinks, by: \.before)
        let to = Dictionary(grouping: sortedLinks, by: \.after)
        let midYear = Set(ordered.indices).subtracting(spine)
        for index in midYear.sorted(by: >) {
            for task in ordered[index].tasks {
                let forward = (from[task.id] ?? []).filter { link in
                    reportIndex[link.after].map { ordered[$0].year == ordered[index].year } == true
                }.min { (reportIndex[$0.after] ?? 0, $0.after) < (reportIndex[$1.after] ?? 0, $1.after) }
                if let forward { groups.join(task.id, forward.after) }
            }
        }
        for index in midYear.sorted() {
            for task in ordered[index].tasks {
                let backward = (to[task.id] ?? [])
                    .max { (reportIndex[$0.before] ?? 0, $1.before) < (reportIndex[$1.before] ?? 0, $0.before) }
                if let backward { groups.join(backward.before, task.id) }
            }
        }
        return groups.chains(ordered).map { lineage($0, reports: ordered, reportIndex: reportIndex, status: status) }
    }

    /// The index of each year's last report (the year-end one when the year has it), in order.
    static func spineReports(_ ordered: [LineageReport]) -> [Int] {
        var last: [Int: Int] = [:]
        for (index, report) in ordered.enumerated() { last[report.year] = index }
        return last.values.sorted()
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

/// Tasks grouped into lineages: a union of sets that never holds two tasks of one report.
private struct Groups {
    let reportIndex: [Int64: Int]
    private var parent: [Int64: Int64] = [:]
    private var reports: [Int64: Set<Int>] = [:]

    init(reportIndex: [Int64: Int]) {
        self.reportIndex = reportIndex
    }

    mutating func root(_ id: Int64) -> Int64 {
        var node = id
        while let up = parent[node], up != node { node = up }
        var walk = id
        while let up = parent[walk], up != node {
            parent[walk] = node
            walk = up
        }
        return node
    }

    private mutating func reportsOf(_ root: Int64) -> Set<Int> {
        reports[root] ?? reportIndex[root].map { [$0] } ?? []
    }

    /// Puts `a` and `b` in one lineage unless that would hold two tasks of one report.
    mutating func join(_ a: Int64, _ b: Int64) {
        let (ra, rb) = (root(a), root(b))
        guard ra != rb else { return }
        let (sa, sb) = (reportsOf(ra), reportsOf(rb))
        guard sa.isDisjoint(with: sb) else { return }
        parent[rb] = ra
        reports[ra] = sa.union(sb)
        reports[rb] = nil
    }

    /// Each lineage's task ids in report order, lineages in the order of their first task.
    mutating func chains(_ ordered: [LineageReport]) -> [[Int64]] {
        var members: [Int64: [Int64]] = [:]
        var order: [Int64] = []
        for report in ordered {
            for task in report.tasks {
                let r = root(task.id)
                if members[r] == nil { order.append(r) }
                members[r, default: []].append(task.id)
            }
        }
        return order.compactMap { members[$0] }
    }
}
