/// Links the tasks of two reports one to one (任务关联): the same task across years or periods.
///
/// Score = n-gram similarity of the normalised texts (numbers masked, filler words dropped) plus
/// a bonus when the two tasks' categories correspond. Two passes: the first takes the bonus from
/// category names only, the second from the correspondence the first pass's links imply (so a
/// renamed category still helps its tasks). The assignment is greedy by score with ties broken by
/// number and text, so it does not depend on ids or input order. User decisions come first.
package enum TaskMatcher {
    /// Matches the tasks of `before` (earlier) and `after` (later).
    package static func match(before: DiffSide, after: DiffSide, options: MatchOptions = MatchOptions()) -> TaskMatchResult {
        let similarities = SimilarityMatrix(before: before.tasks, after: after.tasks)
        let named = CategoryMatcher.namePairs(
            before: before.categoryNames, after: after.categoryNames, aliases: options.categoryAliases
        )
        let firstLinks = assign(before: before, after: after, similarities: similarities, options: options) { b, a in
            named[a] == b
        }
        let firstCategories = CategoryMatcher.correspondence(
            before: before, after: after, links: firstLinks, aliases: options.categoryAliases
        )
        let links = assign(before: before, after: after, similarities: similarities, options: options) { b, a in
            firstCategories.corresponds(before: b, after: a)
        }
        let categories = CategoryMatcher.correspondence(
            before: before, after: after, links: links, aliases: options.categoryAliases
        )
        return TaskMatchResult(links: links.sorted { $0.before < $1.before }, categories: categories)
    }

    private struct Candidate {
        var row: Int
        var column: Int
        var similarity: Double
        var score: Double
    }

    // Whether task row's category corresponds to task column's, asked once per category pair.
    private struct CategoryGrid {
        var rowCategory: [Int]
        var columnCategory: [Int]
        var columns: Int
        var cells: [Bool]

        init(before: DiffSide, after: DiffSide, related: (String, String) -> Bool) {
            let beforeNames = before.categoryNames
            let afterNames = after.categoryNames
            let beforeIndex = Dictionary(uniqueKeysWithValues: beforeNames.enumerated().map { ($1, $0) })
            let afterIndex = Dictionary(uniqueKeysWithValues: afterNames.enumerated().map { ($1, $0) })
            rowCategory = before.tasks.map { beforeIndex[$0.category ?? ""]! }
            columnCategory = after.tasks.map { afterIndex[$0.category ?? ""]! }
            columns = afterNames.count
            cells = beforeNames.flatMap { name in afterNames.map { related(name, $0) } }
        }

        func related(row: Int, column: Int) -> Bool {
            cells[rowCategory[row] * columns + columnCategory[column]]
        }
    }

    private static func assign(
        before: DiffSide, after: DiffSide, similarities: SimilarityMatrix, options: MatchOptions,
        related: (String, String) -> Bool
    ) -> [TaskLink] {
        var links = confirmedLinks(before: before, after: after, similarities: similarities, options: options)
        var usedRows = Set(links.compactMap { link in before.tasks.firstIndex { $0.id == link.before } })
        var usedColumns = Set(links.compactMap { link in after.tasks.firstIndex { $0.id == link.after } })
        let broken = Set(options.decisions.broken)
        let categories = CategoryGrid(before: before, after: after, related: related)
        var candidates: [Candidate] = []
        for row in before.tasks.indices where !usedRows.contains(row) {
            for column in after.tasks.indices where !usedColumns.contains(column) {
                let similarity = similarities[row, column]
                let sameCategory = categories.related(row: row, column: column)
                let score = similarity + (sameCategory ? options.categoryBonus : 0)
                guard score >= options.threshold else { continue }
                guard !broken.contains(TaskPair(before: before.tasks[row].id, after: after.tasks[column].id)) else { continue }
                candidates.append(Candidate(row: row, column: column, similarity: similarity, score: score))
            }
        }
        candidates.sort { precedes($0, $1, before: before.tasks, after: after.tasks) }
        for candidate in candidates where !usedRows.contains(candidate.row) && !usedColumns.contains(candidate.column) {
            usedRows.insert(candidate.row)
            usedColumns.insert(candidate.column)
            links.append(
                TaskLink(
                    before: before.tasks[candidate.row].id, after: after.tasks[candidate.column].id,
                    similarity: rounded(candidate.similarity), score: rounded(candidate.score), source: .auto
                )
            )
        }
        return links
    }

    // Higher score first; ties by content (number, then text, then table position), never by id.
    private static func precedes(_ left: Candidate, _ right: Candidate, before: [DiffTask], after: [DiffTask]) -> Bool {
        if left.score != right.score { return left.score > right.score }
        let leftKey = [before[left.row].number, after[left.column].number, before[left.row].task, after[left.column].task]
        let rightKey = [before[right.row].number, after[right.column].number, before[right.row].task, after[right.column].task]
        if leftKey != rightKey { return leftKey.lexicographicallyPrecedes(rightKey) }
        return (left.row, left.column) < (right.row, right.column)
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

    private static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
