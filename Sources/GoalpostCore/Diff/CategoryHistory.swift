/// One period of a goal category's history (`goalpost history CATEGORY`).
package struct CategoryHistoryEntry: Sendable, Equatable, Codable {
    /// Store id of the report.
    package var reportID: Int64
    /// `YEAR` or `YEAR-MM`.
    package var period: String
    /// Source file of the report, for citing.
    package var sourceFile: String
    /// The category's name in that report (nil: the tasks of a table without categories).
    package var name: String?
    /// How it changed from the previous report, nil for the first report.
    package var change: CategoryChange?
    /// Names it continued in that step, other than its own.
    package var previousNames: [String]
    /// Number of tasks.
    package var tasks: Int
    /// Share exceeded or met among tasks with a known status, nil when none known.
    package var delivered: Double?
    /// Task count per status raw value, `unknown` for tasks without one.
    package var statusCounts: [String: Int]

    package init(
        reportID: Int64, period: String, sourceFile: String, name: String?, change: CategoryChange?,
        previousNames: [String], tasks: Int, delivered: Double?, statusCounts: [String: Int]
    ) {
        self.reportID = reportID
        self.period = period
        self.sourceFile = sourceFile
        self.name = name
        self.change = change
        self.previousNames = previousNames
        self.tasks = tasks
        self.delivered = delivered
        self.statusCounts = statusCounts
    }
}

/// A goal category across all reports of a region, following renames, splits and merges (分类沿革).
package enum CategoryHistory {
    /// Entries of every category connected to one named `name` (or written the same way), in report order.
    ///
    /// `sides` are one region's reports in time order; `diffs[i]` compares `sides[i]` with `sides[i + 1]`.
    package static func entries(matching name: String, sides: [DiffSide], diffs: [ReportDiff]) -> [CategoryHistoryEntry] {
        let key = TextNormalizer.comparable(name)
        var nodes = Set<Node>()
        for (index, side) in sides.enumerated() {
            for category in side.categoryNames where category.map(TextNormalizer.comparable) == key {
                nodes.insert(Node(side: index, name: category))
            }
        }
        let edges = self.edges(sides: sides, diffs: diffs)
        var frontier = Array(nodes)
        while let node = frontier.popLast() {
            for neighbour in edges[node, default: []] where nodes.insert(neighbour).inserted {
                frontier.append(neighbour)
            }
        }
        return sides.enumerated().flatMap { index, side in
            side.categoryNames.filter { nodes.contains(Node(side: index, name: $0)) }
                .map { entry(side: side, name: $0, step: index > 0 && index <= diffs.count ? diffs[index - 1] : nil) }
        }
    }

    private struct Node: Hashable {
        var side: Int
        var name: String?
    }

    // Links each later category with the earlier categories it continues, both ways.
    private static func edges(sides: [DiffSide], diffs: [ReportDiff]) -> [Node: [Node]] {
        var edges: [Node: [Node]] = [:]
        for (index, diff) in diffs.enumerated() where index + 1 < sides.count {
            let earlierNames = Set(sides[index].categoryNames)
            for category in diff.categories where category.change != .new && category.change != .dropped {
                var sources: [String?] = category.previousNames
                if earlierNames.contains(category.name) { sources.append(category.name) }
                let later = Node(side: index + 1, name: category.name)
                for source in sources {
                    let earlier = Node(side: index, name: source)
                    edges[later, default: []].append(earlier)
                    edges[earlier, default: []].append(later)
                }
            }
        }
        return edges
    }

    private static func entry(side: DiffSide, name: String?, step: ReportDiff?) -> CategoryHistoryEntry {
        let tasks = side.tasks.filter { $0.category == name }
        let category = step?.categories.first { $0.name == name && $0.change != .dropped }
        return CategoryHistoryEntry(
            reportID: side.summary.id, period: side.summary.periodLabel, sourceFile: side.summary.sourceFile, name: name,
            change: category?.change, previousNames: category?.previousNames ?? [], tasks: tasks.count,
            delivered: ReportDiffer.deliveredShare(tasks),
            statusCounts: tasks.reduce(into: [:]) { $0[$1.status?.rawValue ?? "unknown", default: 0] += 1 }
        )
    }
}
