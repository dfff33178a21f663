/// Where each sentence of a text starts (after ``SubjectLexicon/sentenceBreaks``) and where the
/// last 其中 before any position is, computed in one pass so figure contexts never rescan a
/// sentence: reading every figure of a long text stays linear in its length.
struct SentenceMap {
    private let sentences: ClauseMap
    private let lastPartMarkerStart: [Int]

    init(_ chars: [Character]) {
        sentences = ClauseMap(chars, breaks: SubjectLexicon.sentenceBreaks)
        var markers = [Int](repeating: -1, count: chars.count + 1)
        let marker = Array(SubjectLexicon.partMarker)
        var lastMarker = -1
        for index in 0...chars.count {
            // A marker counts before `index` once it ends at or before it.
            if index >= marker.count, chars[(index - marker.count)..<index].elementsEqual(marker) {
                lastMarker = index - marker.count
            }
            markers[index] = lastMarker
        }
        lastPartMarkerStart = markers
    }

    /// Start of the sentence that position `index` belongs to.
    func sentenceStart(at index: Int) -> Int {
        sentences.clauseStart(at: index)
    }

    /// True when 其中 stands between the start of `index`'s sentence and `index`.
    func followsPartMarker(at index: Int) -> Bool {
        let clamped = min(max(index, 0), lastPartMarkerStart.count - 1)
        return lastPartMarkerStart[clamped] >= sentenceStart(at: clamped)
    }
}
