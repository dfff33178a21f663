/// The looser second pass run before a task is called dropped (可能延续): an earlier task that no
/// link carries on and a later task that no link continues, which share something few tasks have —
/// a name (a scenic area, reservoir, school, road or mechanism) or the subject and unit of a
/// promised figure. The earlier task is read with its progress text: the part it left unfinished
/// (河桥小学改造正在收尾) is often what the later task names.
///
/// Rare terms (`RareTerms`): runs of three characters (punctuation dropped, none holding a digit)
/// and target subjects with their unit, held by at most two tasks of each report, weighed 1 when
/// the pair alone holds them and less when others share them. A pair needs a weight of 2 (a name
/// of four characters the two alone share), or 1 and some overall likeness (`minimumSimilarity`),
/// since one rare run can be a coincidence. Each earlier task gets at most one candidate and each
/// later task is offered once, strongest pairs first. Similarity is the matcher's, rarity counted
/// over both whole reports (`PairSimilarity`). The pair is never a link: the user
/// confirms it with `goalpost link`.
package enum ContinuationFinder {
    /// Overall likeness that lets a single shared rare run stand.
    package static let minimumSimilarity = 0.3

    /// Possible continuations of the `dropped` earlier tasks among the `unmatched` later tasks,
    /// by earlier task id; rarity is counted over all tasks of both reports.
    /// Pairs the user broke (`goalpost unlink`) are never offered.
    package static func find(
        before: DiffSide, after: DiffSide, dropped: [DiffTask], unmatched: [DiffTask], broken: [TaskPair] = []
    ) -> [Int64: PossibleContinuation] {
        guard !dropped.isEmpty, !unmatched.isEmpty else { return [:] }
        let rare = RareTerms(before: before.tasks, after: after.tasks, readsProgress: true)
        let similarity = PairSimilarity(before: before.tasks, after: after.tasks)
        let unmatchedIndex = Dictionary(unmatched.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let refused = Set(broken)
        var candidates: [Candidate] = []
        for (row, task) in dropped.enumerated() {
            for (partner, keys) in rare.partners(of: task) {
                guard let column = unmatchedIndex[partner], !refused.contains(TaskPair(before: task.id, after: partner)) else { continue }
                let similarity = similarity(task.id, partner)
                let strength = keys.weight
                guard strength >= 2 || (strength >= 1 && similarity >= minimumSimilarity) else { continue }
                candidates.append(Candidate(row: row, column: column, strength: strength, similarity: similarity, keys: keys))
            }
        }
        var found: [Int64: PossibleContinuation] = [:]
        var taken = Set<Int>()
        for candidate in candidates.sorted(by: Candidate.stronger) where !taken.contains(candidate.column) {
            let earlier = dropped[candidate.row]
            guard found[earlier.id] == nil else { continue }
            let later = unmatched[candidate.column]
            taken.insert(candidate.column)
            found[earlier.id] = PossibleContinuation(
                after: DiffTaskRef(later), similarity: TaskMatcher.rounded(candidate.similarity),
                evidence: evidence(earlier: rare.earlierText(earlier), later: later, keys: candidate.keys)
            )
        }
        return found
    }

    private struct Candidate {
        var row: Int
        var column: Int
        var strength: Double
        var similarity: Double
        var keys: RareTerms.Shared

        // More shared rare terms first, then likeness, then table position (content order is stable).
        static func stronger(_ a: Candidate, _ b: Candidate) -> Bool {
            (a.strength, a.similarity, -a.row, -a.column) > (b.strength, b.similarity, -b.row, -b.column)
        }
    }

    // One line in Chinese: the shared names (longest common stretches around the rare runs) and subjects.
    private static func evidence(earlier: String, later: DiffTask, keys: RareTerms.Shared) -> String {
        let names = RareTerms.stretches(earlier, later.task, around: keys.runKeys).prefix(3)
        var parts: [String] = []
        if !names.isEmpty { parts.append("两项共有" + names.map { "「\($0)」" }.joined(separator: "")) }
        if !keys.subjectLabels.isEmpty {
            parts.append("目标同为" + keys.subjectLabels.sorted().prefix(2).map { "「\($0)」" }.joined(separator: ""))
        }
        return parts.joined(separator: "，")
    }
}

/// A later task that may carry on an earlier task no link continues (`possibleContinuation`).
package struct PossibleContinuation: Sendable, Equatable, Codable {
    /// The later task.
    package var after: DiffTaskRef
    /// Text similarity of the pair.
    package var similarity: Double
    /// What the two share, in one line of Chinese.
    package var evidence: String

    package init(after: DiffTaskRef, similarity: Double, evidence: String) {
        self.after = after
        self.similarity = similarity
        self.evidence = evidence
    }
}
