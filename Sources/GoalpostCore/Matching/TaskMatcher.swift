/// Links the tasks of two reports one to one (任务关联): the same task across years or periods.
///
/// Score = n-gram similarity of the normalised texts (numbers masked, filler words dropped) plus
/// a bonus when the two tasks' categories correspond. Two passes: the first takes the bonus from
/// category names only (equal, aliased or near names), the second from the correspondence the
/// first pass's links imply (so a renamed category still helps its tasks), then `GapAligner` fills the gaps between links kept in
/// table order at a lower threshold. The assignment maximises the total margin above the
/// threshold (`AssignmentSolver`), with rows and columns in content order (number, text), so it
/// does not depend on ids or input order. User decisions come first.
package enum TaskMatcher {
    /// Matches the tasks of `before` (earlier) and `after` (later).
    package static func match(before: DiffSide, after: DiffSide, options: MatchOptions = MatchOptions()) -> TaskMatchResult {
        let similarities = SimilarityMatrix(before: before.tasks, after: after.tasks)
        let equal = CategoryMatcher.namePairs(
            before: before.categoryNames, after: after.categoryNames, aliases: options.categoryAliases
        )
        let near = CategoryMatcher.nearPairs(before: before.categoryNames, after: after.categoryNames, paired: equal)
        let named = equal.merging(near, uniquingKeysWith: { equal, _ in equal })
        let firstLinks = assign(before: before, after: after, similarities: similarities, options: options) { b, a in
            named[a] == b
        }
        let firstCategories = CategoryMatcher.correspondence(
            before: before, after: after, links: firstLinks, aliases: options.categoryAliases
        )
        let secondLinks = assign(before: before, after: after, similarities: similarities, options: options) { b, a in
            firstCategories.corresponds(before: b, after: a)
        }
        let secondCategories = CategoryMatcher.correspondence(
            before: before, after: after, links: secondLinks, aliases: options.categoryAliases
        )
        let grid = CategoryGrid(before: before, after: after) { b, a in secondCategories.corresponds(before: b, after: a) }
        let links = GapAligner.fill(
            secondLinks,
            GapAligner.Input(
                before: before, after: after, similarities: similarities, options: options,
                related: { grid.related(row: $0, column: $1) }
            )
        )
        let categories = CategoryMatcher.correspondence(
            before: before, after: after, links: links, aliases: options.categoryAliases
        )
        return TaskMatchResult(links: links.sorted { $0.before < $1.before }, categories: categories)
    }

    // Whether task row's category corresponds to task column's, asked once per category pair.
    private struct CategoryGrid {
        var rowCategory: [Int]
        var columnCategory: [Int]
        var columns: Int
        var cells: [Bool]

        init(before: DiffSide, after: DiffSide, related: (String?, String?) -> Bool) {
            let beforeNames = before.categoryNames
            let afterNames = after.categoryNames
            let beforeIndex = Dictionary(beforeNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let afterIndex = Dictionary(afterNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            // Every task's category is among its side's names, so the lookups cannot miss.
            rowCategory = before.tasks.map { beforeIndex[$0.category] ?? 0 }
            columnCategory = after.tasks.map { afterIndex[$0.category] ?? 0 }
            columns = afterNames.count
            cells = beforeNames.flatMap { name in afterNames.map { related(name, $0) } }
        }

        func related(row: Int, column: Int) -> Bool {
            cells[rowCategory[row] * columns + columnCategory[column]]
        }
    }

    private static func assign(
        before: DiffSide, after: DiffSide, similarities: SimilarityMatrix, options: MatchOptions,
        related: (String?, String?) -> Bool
    ) -> [TaskLink] {
        let links = confirmedLinks(before: before, after: after, similarities: similarities, options: options)
        let usedBefore = Set(links.map(\.before))
        let usedAfter = Set(links.map(\.after))
        // Rows and columns in content order, so ties resolve the same whatever the ids or input order.
        let rows = before.tasks.indices.filter { !usedBefore.contains(before.tasks[$0].id) }.sorted { contentOrder(before.tasks, $0, $1) }
        let columns = after.tasks.indices.filter { !usedAfter.contains(after.tasks[$0].id) }.sorted { contentOrder(after.tasks, $0, $1) }
        let grid = CategoryGrid(before: before, after: after, related: related)
        return links + assigned(
            rows: rows, columns: columns, before: before, after: after, similarities: similarities, options: options,
            threshold: options.threshold, related: { grid.related(row: $0, column: $1) }
        )
    }

    /// The one-to-one links among earlier tasks `rows` and later tasks `columns` (indices) that
    /// maximise the total score above `threshold` (score = similarity, plus the category bonus
    /// where `related`), leaving out pairs the user broke and those `allowed` refuses.
    static func assigned(
        rows: [Int], columns: [Int], before: DiffSide, after: DiffSide, similarities: SimilarityMatrix, options: MatchOptions,
        threshold: Double, related: (Int, Int) -> Bool, allowed: (Int, Int) -> Bool = { _, _ in true }
    ) -> [TaskLink] {
        let broken = Set(options.decisions.broken)
        var columnPlace = [Int?](repeating: nil, count: after.tasks.count)
        for (c, column) in columns.enumerated() { columnPlace[column] = c }
        var edges: [AssignmentSolver.Edge] = []
        for (r, row) in rows.enumerated() {
            // Every pair when all were scored, else only those the similarities scored.
            for column in similarities.isSparse ? similarities.candidates(row: row) : columns {
                guard let c = columnPlace[column] else { continue }
                let score = similarities[row, column] + (related(row, column) ? options.categoryBonus : 0)
                guard score >= threshold, allowed(row, column),
                    !broken.contains(TaskPair(before: before.tasks[row].id, after: after.tasks[column].id))
                else { continue }
                // A sliver more, so a pair exactly at the threshold still counts.
                edges.append(AssignmentSolver.Edge(row: r, column: c, gain: score - threshold + 1e-9))
            }
        }
        let gainOf = Dictionary(edges.map { ($0.row * columns.count + $0.column, $0.gain) }, uniquingKeysWith: { first, _ in first })
        return AssignmentSolver.maximize(edges: edges, rows: rows.count, columns: columns.count).enumerated().compactMap { r, c in
            guard let c else { return nil }
            let (row, column) = (rows[r], columns[c])
            return TaskLink(
                before: before.tasks[row].id, after: after.tasks[column].id, similarity: rounded(similarities[row, column]),
                score: rounded((gainOf[r * columns.count + c] ?? 0) + threshold), source: .auto
            )
        }
    }

    // Number, then text, then table position: an order that depends on content only.
    private static func contentOrder(_ tasks: [DiffTask], _ left: Int, _ right: Int) -> Bool {
        let (a, b) = (tasks[left], tasks[right])
        if a.number != b.number { return a.number < b.number }
        if a.task != b.task { return a.task < b.task }
        return left < right
    }

    private static func confirmedLinks(
        before: DiffSide, after: DiffSide, similarities: SimilarityMatrix, options: MatchOptions
    ) -> [TaskLink] {
        var links: [TaskLink] = []
        var usedBefore = Set<Int64>()
        var usedAfter = Set<Int64>()
        let ordered = options.decisions.confirmed.sorted { ($0.before, $0.after) < ($1.before, $1.after) }
        for pair in ordered where !usedBefore.contains(pair.before) && !usedAfter.contains(pair.after) {
            guard let row = before.tasks.firstIndex(where: { $0.id == pair.before }),
                let column = after.tasks.firstIndex(where: { $0.id == pair.after })
            else { continue }
            usedBefore.insert(pair.before)
            usedAfter.insert(pair.after)
            let similarity = rounded(similarities[row, column])
            links.append(TaskLink(before: pair.before, after: pair.after, similarity: similarity, score: similarity, source: .user))
        }
        return links
    }

    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
