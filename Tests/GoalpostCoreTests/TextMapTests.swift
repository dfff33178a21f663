import Testing

@testable import GoalpostCore

/// The one-pass clause and sentence maps agree with scanning outwards from each position, which
/// is what they replaced (a rescan per figure made long cells quadratic).
@Suite struct TextMapTests {
    static let alphabet: [Character] = ["已", "完", "成", "其", "中", "，", "。", "；", "\n", "1", "2", "%", "、", "亩", "：", " "]

    static func randomTexts(seed: UInt64, count: Int) -> [[Character]] {
        var generator = MatchStressTests.SeededGenerator(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "已" }
        }
    }

    @Test func clauseMapMatchesScanningOutwards() {
        for chars in Self.randomTexts(seed: 7, count: 300) {
            let map = ClauseMap(String(chars))
            for offset in 0...chars.count {
                var from = offset, to = offset
                while from > 0, !SubjectLexicon.clauseBreaks.contains(chars[from - 1]) { from -= 1 }
                while to < chars.count, !SubjectLexicon.clauseBreaks.contains(chars[to]) { to += 1 }
                #expect(map.clause(at: offset) == from..<to, "\(String(chars)) at \(offset)")
            }
        }
    }

    @Test func sentenceMapMatchesScanningBackwards() {
        for chars in Self.randomTexts(seed: 11, count: 300) {
            let map = SentenceMap(chars)
            for offset in 0...chars.count {
                var start = offset
                while start > 0, !SubjectLexicon.sentenceBreaks.contains(chars[start - 1]) { start -= 1 }
                #expect(map.sentenceStart(at: offset) == start)
                let marker = TextSearch.contains(String(chars[start..<offset]), SubjectLexicon.partMarker)
                #expect(map.followsPartMarker(at: offset) == marker, "\(String(chars)) at \(offset)")
            }
        }
    }
}
