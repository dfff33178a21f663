/// Detects a progress text that only restates its task (建成开放玲珑山公园 → 建成开放玲珑山公园。).
package enum Restatement {
    /// Least bigram similarity (digits included) for a restatement.
    package static let threshold = 0.85

    /// True when `progress` repeats `task` nearly word for word, with the same figures, adding little.
    package static func isRestatement(task: String, progress: String) -> Bool {
        let t = normalised(task), p = normalised(progress)
        guard !t.isEmpty, !p.isEmpty, p.count * 10 <= t.count * 13 + 20, numbers(t) == numbers(p) else { return false }
        return t == p || TextSimilarity.dice(t, p) >= threshold
    }

    private static func normalised(_ text: String) -> String {
        String(text.filter { $0.isLetter || $0.isNumber })
    }

    private static func numbers(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isNumber }).map(String.init)
    }
}
