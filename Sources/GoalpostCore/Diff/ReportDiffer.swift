import Foundation

/// Builds the category-by-category diff of two reports (年度对比) from their task links.
package enum ReportDiffer {
    /// Matches the tasks of `before` and `after`, then diffs them.
    package static func diff(before: DiffSide, after: DiffSide, options: MatchOptions = MatchOptions()) -> ReportDiff {
        diff(
            before: before, after: after, match: TaskMatcher.match(before: before, after: after, options: options),
            broken: options.decisions.broken)
    }

    /// Diffs two reports with links already made (e.g. loaded from the store); `broken` are the
    /// pairs the user unlinked, never offered as possible continuations.
    package static func diff(before: DiffSide, after: DiffSide, match: TaskMatchResult, broken: [TaskPair] = []) -> ReportDiff {
        let context = Context(before: before, after: after, match: match, broken: broken)
        var categories = match.categories.afterNames.map { context.continuing($0) }
        categories += match.categories.beforeNames.filter { match.categories.targets[$0]?.isEmpty ?? true }
            .map { context.dropped($0) }
        return ReportDiff(from: before.summary, to: after.summary, categories: categories)
    }

    /// Whether two task texts differ beyond whitespace, punctuation and the spans of their targets.
    package static func isReworded(_ before: DiffTask, _ after: DiffTask) -> Bool {
        comparable(before) != comparable(after)
    }

    private static func comparable(_ task: DiffTask) -> String {
        var text = task.task
        for target in task.targets where !target.text.isEmpty {
            text = text.replacingOccurrences(of: target.text, with: "\u{1}")
        }
        return TextNormalizer.comparable(text)
    }

    private struct Context {
        var before: DiffSide
        var after: DiffSide
        var match: TaskMatchResult
        var linkByAfter: [Int64: TaskLink]
        var linkedBefore: Set<Int64>
        var beforeByID: [Int64: DiffTask]
        var continuations: [Int64: PossibleContinuation]

        init(before: DiffSide, after: DiffSide, match: TaskMatchResult, broken: [TaskPair]) {
            self.before = before
            self.after = after
            self.match = match
            linkByAfter = Dictionary(match.links.map { ($0.after, $0) }, uniquingKeysWith: { first, _ in first })
            let linkedBefore = Set(match.links.map(\.before))
            self.linkedBefore = linkedBefore
            beforeByID = Dictionary(before.tasks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let linkedAfter = Set(match.links.map(\.after))
            continuations = ContinuationFinder.find(
                before: before, after: after, dropped: before.tasks.filter { !linkedBefore.contains($0.id) },
                unmatched: after.tasks.filter { !linkedAfter.contains($0.id) }, broken: broken
            )
        }

        func droppedItem(_ task: DiffTask) -> DiffItem {
            .dropped(DiffTaskRef(task), possibleContinuation: continuations[task.id])
        }

        func continuing(_ name: String?) -> CategoryDiff {
            let sources = match.categories.sources[name] ?? []
            let afterTasks = after.tasks.filter { $0.category == name }
            let beforeTasks = booked(to: name, from: sources, afterTasks: afterTasks)
            var items = afterTasks.map(item(for:))
            items += before.tasks.filter { !linkedBefore.contains($0.id) && home(of: $0.category) == .some(name) }
                .map(droppedItem)
            return CategoryDiff(
                name: name, previousNames: sources.filter { !sameName($0, name) }.compactMap { $0 }, change: change(of: name, sources: sources),
                tasksBefore: beforeTasks.count, tasksAfter: afterTasks.count,
                deliveredBefore: ReportDiffer.deliveredShare(beforeTasks),
                deliveredAfter: ReportDiffer.deliveredShare(afterTasks), items: items
            )
        }

        func dropped(_ name: String?) -> CategoryDiff {
            let tasks = before.tasks.filter { $0.category == name }
            let items = tasks.filter { !linkedBefore.contains($0.id) }.map(droppedItem)
            return CategoryDiff(
                name: name, previousNames: [], change: .dropped, tasksBefore: tasks.count, tasksAfter: 0,
                deliveredBefore: ReportDiffer.deliveredShare(tasks), deliveredAfter: nil, items: items
            )
        }

        // The earlier tasks a later category answers for: the whole of each source that continues
        // only here; of a source split among several categories, the tasks that came here (linked
        // into it, or dropped and listed here).
        private func booked(to name: String?, from sources: [String?], afterTasks: [DiffTask]) -> [DiffTask] {
            let linkedHere = Set(afterTasks.compactMap { linkByAfter[$0.id]?.before })
            return before.tasks.filter { task in
                guard sources.contains(task.category) else { return false }
                guard (match.categories.targets[task.category]?.count ?? 0) > 1 else { return true }
                return linkedHere.contains(task.id) || (!linkedBefore.contains(task.id) && home(of: task.category) == .some(name))
            }
        }

        private func change(of name: String?, sources: [String?]) -> CategoryChange {
            guard let first = sources.first else { return .new }
            if sources.count > 1 { return .merged }
            if (match.categories.targets[first]?.count ?? 0) > 1 { return .split }
            return sameName(first, name) ? .same : .renamed
        }

        // Names that differ only in whitespace or punctuation are one name written two ways.
        private func sameName(_ left: String?, _ right: String?) -> Bool {
            left.map(TextNormalizer.comparable) == right.map(TextNormalizer.comparable)
        }

        // The later category that lists an earlier category's dropped tasks: its namesake, else its first continuation.
        private func home(of beforeCategory: String?) -> String?? {
            let targets = match.categories.targets[beforeCategory] ?? []
            return targets.contains(beforeCategory) ? .some(beforeCategory) : targets.first
        }

        private func item(for task: DiffTask) -> DiffItem {
            guard let link = linkByAfter[task.id], let previous = beforeByID[link.before] else {
                return .new(DiffTaskRef(task))
            }
            let targetChange = TargetChangeDetector.change(before: previous.targets, after: task.targets)
            return .linked(
                LinkedTasks(
                    before: DiffTaskRef(previous), after: DiffTaskRef(task), reworded: ReportDiffer.isReworded(previous, task),
                    moved: !match.categories.corresponds(before: previous.category, after: task.category),
                    similarity: link.similarity, targetChange: targetChange, linkSource: link.source
                )
            )
        }
    }

    /// Share of tasks exceeded or met among those with a known status, rounded to 3 decimals; nil when none is known.
    package static func deliveredShare(_ tasks: [DiffTask]) -> Double? {
        OutcomeStatus.deliveredShare(tasks.compactMap(\.status))
    }
}
