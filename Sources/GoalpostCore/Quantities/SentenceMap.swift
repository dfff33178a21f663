/// Where each sentence of a text starts (after ``SubjectLexicon/sentenceBreaks``) and where the
/// last 其中 before any position is, computed in one pass so figure contexts never rescan a
/// sentence: reading every figure of a long text stays linear in its length.
struct SentenceMap {
    private let starts: [Int]
    private let lastPartMarkerStart: [Int]

    init(_ chars: [Character]) {
        var starts = [Int](repeating: 0, count: chars.count + 1)
        var markers = [Int](repeating: -1, count: chars.count + 1)
        let marker = Array(SubjectLexicon.partMarker)
        var start = 0
        var lastMarker = -1
        for index in 0...chars.count {
            starts[index] = start
            // A marker counts before `index` once it ends at or before it.
            if index >= marker.count, chars[(index - marker.count)..<index].elementsEqual(marker) {
                lastMarker = index - marker.count
            }
            markers[index] = lastMarker
            if index < chars.count, SubjectLexicon.sentenceBreaks.contains(chars[index]) { start = index + 1 }
        }
        self.starts = starts
        lastPartMarkerStart = markers
    }

    /// Start of the sentence that position `index` belongs to.
    func sentenceStart(at index: Int) -> Int {
        starts[min(max(index, 0), starts.count - 1)]
    }

    /// True when 其中 stands between the start of `index`'s sentence and `index`.
    func followsPartMarker(at index: Int) -> Bool {
        let clamped = min(max(index, 0), starts.count - 1)
        return lastPartMarkerStart[clamped] >= starts[clamped]
    }
}
