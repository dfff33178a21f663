/// Decides which goal categories correspond: same name, normalised name, user alias, then content.
///
/// Names that differ by a character or two (扩空间 / 拓空间, 做优营商环境 / 优化营商环境: at most two
/// edits, and fewer than half the longer name) are near names: they help their tasks link like
/// equal names do, and correspond once one task links across them (the tasks agree).
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

    /// Near names not already in `paired` (the `namePairs`): later -> earlier, each the other's only nearest.
    package static func nearPairs(before: [String?], after: [String?], paired: [String?: String?]) -> [String?: String?] {
        let usedBefore = Set(paired.values)
        let freeBefore = before.compactMap { $0 }.filter { !usedBefore.contains($0) }
        let freeAfter = after.compactMap { $0 }.filter { paired.index(forKey: $0) == nil }
        let near = { (a: String, b: String) in nearDistance(a, b) }
        var pairs: [String?: String?] = [:]
        for name in freeAfter {
            let scored = freeBefore.compactMap { candidate in near(candidate, name).map { (candidate, $0) } }
            guard let best = scored.min(by: { $0.1 < $1.1 }), scored.filter({ $0.1 == best.1 }).count == 1 else { continue }
            // The earlier name's own nearest later name must be this one too.
            let back = freeAfter.compactMap { other in near(best.0, other).map { (other, $0) } }
            guard back.filter({ $0.1 <= best.1 }).count == 1 else { continue }
            pairs.updateValue(best.0, forKey: name)
        }
        return pairs
    }

    /// Edits between two category names when they are near (at most two, fewer than half the longer), else nil.
    static func nearDistance(_ left: String, _ right: String) -> Int? {
        let a = Array(TextNormalizer.comparable(left))
        let b = Array(TextNormalizer.comparable(right))
        let limit = min(2, (max(a.count, b.count) - 1) / 2)
        guard limit > 0, abs(a.count - b.count) <= limit else { return nil }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        let distance = previous[b.count]
        return distance > 0 && distance <= limit ? distance : nil
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
        for (later, earlier) in nearPairs(before: beforeNames, after: afterNames, paired: named)
        where flow[Edge(before: earlier, after: later), default: 0] >= 1 {
            related.insert(Edge(before: earlier, after: later))
        }
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
