import Foundation

/// One responsible unit's tasks in a report (`goalpost owners`): unfinished and no longer listed.
package struct OwnerSummary: Sendable, Equatable, Encodable {
    /// The unit as written (one line of the owner cell, e.g. 区发改局).
    package var owner: String
    /// Number of tasks naming the unit in the later report.
    package var tasks: Int
    /// Tasks with a known status other than exceeded or met.
    package var unfinished: [DiffTaskRef]
    /// Tasks of the earlier report naming the unit that the later report no longer lists.
    package var dropped: [DiffTaskRef]

    package init(owner: String, tasks: Int, unfinished: [DiffTaskRef], dropped: [DiffTaskRef]) {
        self.owner = owner
        self.tasks = tasks
        self.unfinished = unfinished
        self.dropped = dropped
    }

    /// Per unit of `side` (and of the dropped tasks of `diff`, whose earlier side is `before`), sorted by name.
    ///
    /// An owner cell naming several units (one per line, or separated by 、，,；;) counts for each.
    package static func summaries(side: DiffSide, before: DiffSide? = nil, diff: ReportDiff? = nil) -> [OwnerSummary] {
        var rows: [String: OwnerSummary] = [:]
        for task in side.tasks {
            for owner in units(task.owner) {
                var row = rows[owner] ?? OwnerSummary(owner: owner, tasks: 0, unfinished: [], dropped: [])
                row.tasks += 1
                if let status = task.status, status.isUnfinished { row.unfinished.append(DiffTaskRef(task)) }
                rows[owner] = row
            }
        }
        let droppedIDs = Set((diff?.items ?? []).compactMap { item in
            if case .dropped(let task, _) = item { task.id } else { nil }
        })
        for task in before?.tasks ?? [] where droppedIDs.contains(task.id) {
            for owner in units(task.owner) {
                rows[owner, default: OwnerSummary(owner: owner, tasks: 0, unfinished: [], dropped: [])]
                    .dropped.append(DiffTaskRef(task))
            }
        }
        return rows.values.sorted { $0.owner < $1.owner }
    }

    /// The units named in an owner cell.
    package static func units(_ cell: String?) -> [String] {
        guard let cell else { return [] }
        let separators: Set<Character> = ["\n", "、", "，", ",", "；", ";"]
        var seen = Set<String>()
        return cell.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
