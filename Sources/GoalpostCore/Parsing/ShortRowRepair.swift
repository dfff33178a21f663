/// Rows shorter than their header because the page dropped a vertically merged cell (牵头单位
/// written once for a group of rows): the missing cell is the row above's, in a group, owner or
/// leader column, where putting it back makes every cell fit its column better.
struct ShortRowRepair {
    let header: TableHeader

    /// Roles whose cells a page merges over rows.
    static let mergedRoles: Set<ColumnRole> = [.category, .owner, .leader]
    /// Most cells put back into one row.
    static let maxMissing = 3
    /// Most columns the missing cells are looked for in.
    static let maxCandidates = 8
    /// How much better every cell must fit its column once the missing cells are back.
    static let minimumGain = 2

    /// What became of a row.
    enum Outcome: Equatable {
        /// Full, or its empty trailing cells are really empty.
        case unchanged
        /// Cells put back from the row above, at `columns`.
        case repaired([String], columns: [Int])
        /// Short, and no merged cell explains it.
        case unexplained
    }

    /// The row `cells` repaired with the row above, `above` (nil for the first row).
    func repair(_ cells: [String], above: [String]?) -> Outcome {
        var kept = cells
        while kept.count > 1, kept.last?.trimmingWhitespace().isEmpty == true { kept.removeLast() }
        let missing = header.width - kept.count
        guard missing > 0 else { return .unchanged }
        let padded = cells.count >= header.width ? cells : cells + Array(repeating: "", count: header.width - cells.count)
        let baseline = score(padded)
        var best: (cells: [String], columns: [Int], score: Int)?
        let candidates = (0..<header.width).filter { column in
            header.roles[column].map(Self.mergedRoles.contains) == true && column < (above?.count ?? 0)
                && !(above?[column].trimmingWhitespace().isEmpty ?? true)
        }
        // A header of many merged-role columns is no table a page merged cells in: not tried.
        if let above, missing <= Self.maxMissing, candidates.count <= Self.maxCandidates {
            for columns in Self.combinations(of: candidates, choosing: missing) {
                var filled = kept
                var explicit = false
                for column in columns where column <= filled.count {
                    // A cell the page wrote (empty, or the row above's value) is there: it was not dropped.
                    let present = column < filled.count
                        && (filled[column].trimmingWhitespace().isEmpty || filled[column] == above[column])
                    explicit = explicit || present
                    filled.insert(above[column], at: column)
                }
                guard !explicit, filled.count == header.width else { continue }
                let score = score(filled)
                if score > best?.score ?? Int.min { best = (filled, columns, score) }
            }
        }
        // Putting cells back must make the row clearly better, not merely fill an empty cell.
        if let best, best.score >= baseline + Self.minimumGain { return .repaired(best.cells, columns: best.columns) }
        return cells.count >= header.width ? .unchanged : .unexplained
    }

    private func score(_ cells: [String]) -> Int {
        cells.indices.reduce(0) { total, column in
            total + CellKind.fit(cells[column], role: column < header.roles.count ? header.roles[column] : nil)
        }
    }

    /// Every way to choose `count` of `items`, in order.
    static func combinations(of items: [Int], choosing count: Int) -> [[Int]] {
        guard count > 0 else { return [[]] }
        guard items.count >= count else { return [] }
        var result: [[Int]] = []
        for (index, item) in items.enumerated() {
            for rest in combinations(of: Array(items[(index + 1)...]), choosing: count - 1) { result.append([item] + rest) }
        }
        return result
    }
}
