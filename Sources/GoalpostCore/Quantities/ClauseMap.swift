/// The clauses of a text (between ``SubjectLexicon/clauseBreaks``), found in one pass so that
/// looking up the clause of any character costs O(1).
package struct ClauseMap: Sendable {
    private let characters: [Character]
    private let starts: [Int]
    private let ends: [Int]

    package init(_ text: String) {
        characters = Array(text)
        var starts = [Int](repeating: 0, count: characters.count + 1)
        var ends = [Int](repeating: characters.count, count: characters.count + 1)
        var start = 0
        for (index, character) in characters.enumerated() {
            starts[index] = start
            if SubjectLexicon.clauseBreaks.contains(character) { start = index + 1 }
        }
        starts[characters.count] = start
        var end = characters.count
        for index in characters.indices.reversed() {
            if SubjectLexicon.clauseBreaks.contains(characters[index]) { end = index }
            ends[index] = end
        }
        self.starts = starts
        self.ends = ends
    }

    /// The character range of the clause around character offset `offset` (clamped to the text):
    /// from just after the last break before it to the first break at or after it.
    package func clause(at offset: Int) -> Range<Int> {
        let index = Swift.min(Swift.max(offset, 0), characters.count)
        return starts[index]..<ends[index]
    }

    /// The text of the clause around `offset`.
    package func text(at offset: Int) -> String {
        String(characters[clause(at: offset)])
    }

    /// The clause around `offset` identified by its start, for caching per clause.
    package func clauseStart(at offset: Int) -> Int {
        starts[Swift.min(Swift.max(offset, 0), characters.count)]
    }
}
