/// The last pass of `TaskMatcher` (顺序补配): offices keep their tables in order from year to year,
/// so an earlier task left unlinked between two links is most likely carried on by a later task
/// left unlinked between the same two links, even when it was rewritten so much that the texts
/// alone would not tie them.
///
/// The anchors are the longest chain of links that keeps table order on both sides. Within each
/// gap between consecutive anchors, the unlinked earlier and later tasks are assigned one to one
/// (`AssignmentSolver`) at the lower `MatchOptions.gapThreshold`; broken links stay broken, and
/// two tasks that each have a name of their own (`RareTerms`) but share no rare term (name, or
/// target subject and unit) are look-alikes (玲珑山公园 / 青山湖公园), never linked here. A gap of
/// more than `largestGap` unlinked pairs is left as it is.
enum GapAligner {
    struct Input {
        var before: DiffSide
        var after: DiffSide
        var similarities: SimilarityMatrix
        var options: MatchOptions
        /// True when the two tasks' categories correspond (earns the category bonus).
        var related: (_ row: Int, _ column: Int) -> Bool
    }

    /// `links` plus the links found in the gaps between its ordered anchors.
    static func fill(_ links: [TaskLink], _ input: Input) -> [TaskLink] {
        let rowOf = Dictionary(input.before.tasks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let columnOf = Dictionary(input.after.tasks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let placed = links.compactMap { link -> (row: Int, column: Int)? in
            guard let row = rowOf[link.before], let column = columnOf[link.after] else { return nil }
            return (row, column)
        }
        let usedRows = Set(placed.map(\.row))
        let usedColumns = Set(placed.map(\.column))
        var bounds = [(row: -1, column: -1)] + orderedChain(placed) + [(input.before.tasks.count, input.after.tasks.count)]
        bounds.sort { $0.row < $1.row }
        let names = RareTerms(before: input.before.tasks, after: input.after.tasks)
        var added: [TaskLink] = []
        for (low, high) in zip(bounds, bounds.dropFirst()) {
            let rows = ((low.row + 1)..<max(low.row + 1, high.row)).filter { !usedRows.contains($0) }
            let columns = ((low.column + 1)..<max(low.column + 1, high.column)).filter { !usedColumns.contains($0) }
            added += assign(rows: rows, columns: columns, input, names: names)
        }
        return links + added
    }

    /// Most unlinked pairs a gap may hold: beyond it the links are too few to say where tasks
    /// belong (two reports with little in common), and the pass would cost a second full matching.
    static let largestGap = 40_000

    private static func assign(rows: [Int], columns: [Int], _ input: Input, names: RareTerms) -> [TaskLink] {
        guard !rows.isEmpty, !columns.isEmpty, rows.count * columns.count <= largestGap else { return [] }
        let (before, after) = (input.before.tasks, input.after.tasks)
        let namedLater = Set(columns.filter { names.hasName(after[$0], earlier: false) })
        var partners: [Int: [Int64: RareTerms.Shared]] = [:]
        for row in rows where names.hasName(before[row], earlier: true) { partners[row] = names.partners(of: before[row]) }
        return TaskMatcher.assigned(
            rows: rows, columns: columns, before: input.before, after: input.after, similarities: input.similarities,
            options: input.options, threshold: input.options.gapThreshold, related: input.related,
            allowed: { row, column in
                // Look-alikes: each has a name of its own and they share no rare term.
                guard let shared = partners[row], namedLater.contains(column) else { return true }
                return shared[after[column].id] != nil
            })
    }

    /// The longest chain of placed links increasing on both sides (patience sorting, O(n log n)).
    static func orderedChain(_ placed: [(row: Int, column: Int)]) -> [(row: Int, column: Int)] {
        let sorted = placed.sorted { $0.row < $1.row }
        var tails: [Int] = []  // index into sorted of the smallest tail of each chain length
        var previous = [Int](repeating: -1, count: sorted.count)
        for (index, link) in sorted.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[tails[middle]].column < link.column { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [(row: Int, column: Int)] = []
        var index = tails.last ?? -1
        while index >= 0 {
            chain.append(sorted[index])
            index = previous[index]
        }
        return chain.reversed()
    }
}
