/// Decides which goal categories correspond: same name, normalised name, user alias, then content.
///
/// Content rules, with `flow(b, a)` the number of linked tasks from earlier category `b` into later
/// category `a`: `b` continues in `a` when most of `b` went there (flow ≥ half of `b`, at least
/// two tasks unless `b` has one), or when a sizeable part of `b` (flow ≥ 2 and ≥ a third of `b`)
/// makes up most of `a` (flow ≥ half of `a`). One or two moved tasks never relate categories.
package enum CategoryMatcher {
    /// Pairs of categories that are the same by name, normalised name or alias: later -> earlier.
    package static func namePairs(before: [String?], after: [String?], aliases: [String: String]) -> [String?: String?] {
        var pairs: [String?: String?] = [:]
        var used = Set<String?>()
        let keys = { (name: String?) in name.map { TextNormalizer.comparable(aliases[$0] ?? $0) } }
        let comparable = { (name: String?) in name.map(TextNormalizer.comparable) }
        for rule in 0..<3 {
            for name in after where pairs.index(forKey: name) == nil {
                let match = before.first { candidate in
                    guard !used.contains(candidate) else { return false }
                    switch rule {
                    case 0: return candidate == name
                    case 1: return comparable(candidate) == comparable(name)
                    default: return keys(candidate) == keys(name)
                    }
                }
                if let match {
                    pairs.updateValue(match, forKey: name)
                    used.insert(match)
                }
            }
        }
        return pairs
    }

    /// The correspondence implied by names and by the given task links.
    package static func correspondence(
        before: DiffSide, after: DiffSide, links: [TaskLink], aliases: [String: String]
    ) -> CategoryCorrespondence {
        let beforeNames = before.categoryNames
        let afterNames = after.categoryNames
        let named = namePairs(before: beforeNames, after: afterNames, aliases: aliases)
        let flow = flows(before: before, after: after, links: links)
        let beforeSizes = sizes(of: before)
        let afterSizes = sizes(of: after)
        var related = Set(named.map { Edge(before: $0.value, after: $0.key) })
        for (edge, count) in flow {
            let sizeB = beforeSizes[edge.before, default: 0]
            let sizeA = afterSizes[edge.after, default: 0]
            let most = 2 * count >= sizeB && count >= min(2, sizeB)
            let part = count >= 2 && 3 * count >= sizeB && 2 * count >= sizeA
            if most || part { related.insert(edge) }
        }
        var sources: [String?: [String?]] = [:]
        var targets: [String?: [String?]] = [:]
        for name in afterNames {
            sources[name] = beforeNames.filter { related.contains(Edge(before: $0, after: name)) }
        }
        for name in beforeNames {
            targets[name] = afterNames.filter { related.contains(Edge(before: name, after: $0)) }
        }
        return CategoryCorrespondence(beforeNames: beforeNames, afterNames: afterNames, sources: sources, targets: targets)
    }

    private struct Edge: Hashable {
        var before: String?
        var after: String?
    }

    private static func flows(before: DiffSide, after: DiffSide, links: [TaskLink]) -> [Edge: Int] {
        let beforeCategory = Dictionary(before.tasks.map { ($0.id, $0.category) }, uniquingKeysWith: { a, _ in a })
        let afterCategory = Dictionary(after.tasks.map { ($0.id, $0.category) }, uniquingKeysWith: { a, _ in a })
        var flow: [Edge: Int] = [:]
        for link in links {
            guard let from = beforeCategory[link.before], let to = afterCategory[link.after] else { continue }
            flow[Edge(before: from, after: to), default: 0] += 1
        }
        return flow
    }

    private static func sizes(of side: DiffSide) -> [String?: Int] {
        side.tasks.reduce(into: [:]) { sizes, task in sizes[task.category, default: 0] += 1 }
    }
}
