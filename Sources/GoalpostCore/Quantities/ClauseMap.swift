/// The stretches of a text between break characters (clauses between ``SubjectLexicon/clauseBreaks``,
/// sentences between ``SubjectLexicon/sentenceBreaks``), found in one pass so that looking up the
/// stretch around any character costs O(1).
package struct ClauseMap: Sendable {
    private let characters: [Character]
    private let starts: [Int]
    private let ends: [Int]

    /// The map of `characters` split at `breaks` (clause breaks unless told otherwise).
    package init(_ characters: [Character], breaks: Set<Character> = SubjectLexicon.clauseBreaks) {
        self.characters = characters
        var starts = [Int](repeating: 0, count: characters.count + 1)
        var ends = [Int](repeating: characters.count, count: characters.count + 1)
        var start = 0
        for (index, character) in characters.enumerated() {
            starts[index] = start
            if breaks.contains(character) { start = index + 1 }
        }
        starts[characters.count] = start
        var end = characters.count
        for index in characters.indices.reversed() {
            if breaks.contains(characters[index]) { end = index }
            ends[index] = end
        }
        self.starts = starts
        self.ends = ends
    }

    /// The map of the clauses of `text`.
    package init(_ text: String) {
        self.init(Array(text))
    }

    /// The character range around character offset `offset` (clamped to the text): from just
    /// after the last break before it to the first break at or after it.
    package func clause(at offset: Int) -> Range<Int> {
        let index = clamped(offset)
        return starts[index]..<ends[index]
    }

    /// The text of the stretch around `offset`.
    package func text(at offset: Int) -> String {
        String(characters[clause(at: offset)])
    }

    /// Where the stretch around `offset` starts; also a key for caching per stretch.
    package func clauseStart(at offset: Int) -> Int {
        starts[clamped(offset)]
    }

    private func clamped(_ offset: Int) -> Int {
        Swift.min(Swift.max(offset, 0), characters.count)
    }
}
