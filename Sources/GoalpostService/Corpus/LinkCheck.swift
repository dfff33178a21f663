import Foundation
import GoalpostCore

/// Compares goalpost's comparison of reports with a folder's answer key (`answer-key.json`): task
/// links, tasks dropped while unfinished, possible continuations and category changes.
///
/// Each file is read and judged as an ingest would (region, year and month from the file), and
/// each pair is compared as the daemon compares it, without any user decision.
package struct LinkCheck: Sendable {
    package var folder: URL
    package var reader: ReportFileReader

    package init(folder: URL, reader: ReportFileReader = ReportFileReader()) {
        self.folder = folder
        self.reader = reader
    }

    /// One result per compared pair of the key, in key order.
    package func run() throws -> [LinkPairResult] {
        let key = try LinkAnswerKey.load(from: folder)
        var sides: [String: DiffSide] = [:]
        for (offset, period) in key.files.keys.sorted().enumerated() {
            guard let name = key.files[period] else { continue }
            sides[period] = try side(name, id: Int64(offset + 1))
        }
        return try key.pairs.map { earlier, later in
            guard let before = sides[earlier], let after = sides[later] else {
                throw CorpusError.badExpectations(
                    file: folder.appendingPathComponent("answer-key.json").path,
                    reason: "the pair \(earlier)->\(later) names a period without a file")
            }
            let diff = ReportDiffer.diff(before: before, after: after)
            return LinkPairResult(pair: "\(earlier)->\(later)", diff: diff, key: key)
        }
    }

    private func side(_ name: String, id: Int64) throws -> DiffSide {
        let bytes = try reader.bytes(of: folder.appendingPathComponent(name), name: name)
        let report = try reader.readTable(bytes, fileName: name).table.report(options: ParseOptions(fileName: name)).assessed()
        return DiffSide(report: report, id: id, firstTaskID: id * 100_000) { task in
            (task.assessment?.status, task.assessment?.targets ?? [])
        }
    }
}

/// How goalpost's comparison of one pair agrees with the answer key; tasks named by number, as the
/// key names them (a table that repeats a number cannot be scored task by task).
package struct LinkPairResult: Sendable {
    package struct Pair: Hashable, Sendable, Comparable {
        package var before: String
        package var after: String
        package var text: String { "\(before)->\(after)" }
        package static func < (a: Pair, b: Pair) -> Bool {
            (Self.order(a.before), a.before, Self.order(a.after), a.after) < (Self.order(b.before), b.before, Self.order(b.after), b.after)
        }
        private static func order(_ number: String) -> Int { Int(number) ?? Int.max }
    }

    package var pair: String
    /// Links goalpost made, and the true ones.
    package var links: Set<Pair>, trueLinks: Set<Pair>
    /// Earlier tasks goalpost calls dropped while unfinished; the true ones, nil when the key does not say.
    package var droppedUnfinished: Set<String>, trueDroppedUnfinished: Set<String>?
    /// Possible continuations goalpost offers.
    package var possibleContinuations: Set<Pair>
    /// The key's category changes, each with goalpost's agreement and what goalpost said.
    package var categories: [(truth: LinkAnswerKey.CategoryTruth, agrees: Bool, said: String)]

    init(pair: String, diff: ReportDiff, key: LinkAnswerKey) {
        self.pair = pair
        links = Set(diff.items.compactMap(\.link).map { Pair(before: $0.before.number, after: $0.after.number) })
        trueLinks = Set((key.links[pair] ?? []).compactMap { $0.count == 2 ? Pair(before: $0[0], after: $0[1]) : nil })
        let dropped = diff.items.filter { $0.kind == .dropped }
        droppedUnfinished = Set(dropped.filter(\.isDroppedUnfinished).compactMap(\.before?.number))
        trueDroppedUnfinished = key.droppedUnfinished?[pair].map(Set.init)
        possibleContinuations = Set(dropped.compactMap { item in
            guard let task = item.before, let candidate = item.possibleContinuation else { return nil }
            return Pair(before: task.number, after: candidate.after.number)
        })
        categories = (key.categories?[pair] ?? []).map { truth in
            let said = Self.said(about: truth, in: diff)
            return (truth, said == Self.expected(truth), said)
        }
    }

    /// Links made that are true.
    package var rightLinks: Int { links.intersection(trueLinks).count }
    /// Possible continuations that are true links.
    package var rightContinuations: Int { possibleContinuations.intersection(trueLinks).count }

    // The key's change as the comparison line `before → after: change`.
    private static func expected(_ truth: LinkAnswerKey.CategoryTruth) -> String {
        line(before: truth.before, after: truth.after, change: truth.change)
    }

    // What the diff says of the categories the key names: the later categories' sources and change,
    // or for a key's dropped category, how the diff lists it.
    private static func said(about truth: LinkAnswerKey.CategoryTruth, in diff: ReportDiff) -> String {
        // Every earlier category has tasks, each linked or dropped, so the items name them all.
        let earlierNames = Set(diff.items.compactMap { $0.before?.category })
        if truth.after.isEmpty {
            let listed = diff.categories.first { $0.change == .dropped && truth.before.contains($0.name ?? "") }
            return line(before: truth.before, after: [], change: listed == nil ? "not dropped" : "dropped")
        }
        var sources: [String] = []
        var changes: [String] = []
        for name in truth.after {
            guard let category = diff.categories.first(where: { $0.name == name && $0.change != .dropped }) else {
                changes.append("missing")
                continue
            }
            let named = category.change == .new ? [] : category.previousNames
            let kept = category.change != .new && earlierNames.contains(name) ? [name] : []
            sources += (named + kept).filter { !sources.contains($0) }
            changes.append(category.change.rawValue)
        }
        let change = Set(changes).count == 1 ? changes[0] : changes.joined(separator: "/")
        return line(before: sources, after: truth.after, change: change)
    }

    private static func line(before: [String], after: [String], change: String) -> String {
        "\(before.sorted().joined(separator: "+")) → \(after.joined(separator: "+")): \(change)"
    }
}
