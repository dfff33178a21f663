import Foundation

/// The words around a figure: its subject, whether it is a part (其中…), its kind and direction.
struct FigureContext {
    /// The whole text.
    let chars: [Character]
    /// Sentence starts and 其中 positions of the whole text.
    let sentences: SentenceMap
    /// Where the figure's span starts (its prefix qualifier included).
    let figureStart: Int
    /// Where the figure's span ends (its suffix qualifier included).
    let figureEnd: Int
    /// Where the previous figure ended: a subject never reaches back across it.
    let previousEnd: Int
    /// The short subject: the words before the figure, or after it when nothing stands before.
    private(set) var subject = ""
    /// The sentence text before the figure plus the subject, used for 方 and ceiling words.
    private(set) var wideSubject = ""

    /// Reads the context of the figure at `figureStart..<figureEnd`.
    init(chars: [Character], sentences: SentenceMap, figureStart: Int, figureEnd: Int, previousEnd: Int) {
        self.chars = chars
        self.sentences = sentences
        self.figureStart = figureStart
        self.figureEnd = figureEnd
        self.previousEnd = previousEnd
        subject = readSubject()
        wideSubject = String(chars[max(sentenceStart, figureStart - 20)..<figureStart]) + subject
    }

    /// Start of the clause the figure belongs to (after the last clause mark or the previous figure).
    var clauseStart: Int {
        var k = figureStart
        while k > previousEnd, !SubjectLexicon.clauseBreaks.contains(chars[k - 1]) { k -= 1 }
        return k
    }

    /// Start of the sentence the figure belongs to.
    var sentenceStart: Int { sentences.sentenceStart(at: figureStart) }

    /// True when 其中 comes earlier in the same sentence.
    var followsPartMarker: Bool { sentences.followsPartMarker(at: figureStart) }

    private func readSubject() -> String {
        let raw = String(chars[clauseStart..<figureStart])
        let before = Self.clean(raw, keepTail: true)
        // 等3个未来社区: after 等 the counted noun follows the figure.
        if before.count >= 2 && !TextSearch.hasSuffix(raw, SubjectLexicon.listEnd) { return before }
        var k = figureEnd
        while k < chars.count, !SubjectLexicon.clauseBreaks.contains(chars[k]), !NumberReader.isDigit(chars[k]) { k += 1 }
        let after = Self.clean(String(chars[figureEnd..<k]), keepTail: false)
        return after.isEmpty ? before : after
    }

    /// Kind, negation and direction from the verb nearest before the figure.
    func kind(unit: String, qualifier: Qualifier) -> (kind: QuantityKind, negate: Bool, higherIsBetter: Bool) {
        let from = max(sentenceStart, figureStart - DirectionLexicon.window)
        let window = String(chars[from..<figureStart])
        let verbs = DirectionLexicon.growthVerbs + DirectionLexicon.changeVerbs + DirectionLexicon.levelVerbs
        let verb = Self.nearest(of: verbs, in: window)
        var kind = QuantityKind.level
        if let verb, !DirectionLexicon.levelVerbs.contains(verb) {
            if unit == "%", DirectionLexicon.growthVerbs.contains(verb) {
                kind = .growth
            } else if unit == UnitLexicon.percentagePoints || DirectionLexicon.changeVerbs.contains(verb) {
                kind = .change
            }
        }
        let negate = kind != .level && verb.map(DirectionLexicon.decreaseVerbs.contains) == true
        let ceiling = DirectionLexicon.ceilingSubjects.contains { TextSearch.contains(wideSubject, $0) }
        return (kind, negate, !(ceiling || negate || qualifier == .atMost))
    }

    private static func nearest(of words: [String], in window: String) -> String? {
        var best: (word: String, end: Int)?
        for w in words {
            guard let end = TextSearch.lastEnd(of: w, in: window) else { continue }
            if let current = best, end < current.end || (end == current.end && w.count <= current.word.count) { continue }
            best = (w, end)
        }
        return best?.word
    }

    /// A subject with marks removed and filler words trimmed from both ends.
    static func clean(_ raw: String, keepTail: Bool) -> String {
        var s = String(raw.filter { !SubjectLexicon.dropped.contains($0) })
        // A list marker (4.完成…) is not part of the subject.
        if let dot = s.firstIndex(where: { $0 == "." || $0 == "．" }), dot > s.startIndex,
           s[..<dot].allSatisfy(\.isNumber) { s = String(s[s.index(after: dot)...]) }
        var changed = true
        while changed {
            changed = false
            for w in SubjectLexicon.leadingFillers where TextSearch.hasPrefix(s, w) {
                s.removeFirst(w.count)
                changed = true
            }
            for w in SubjectLexicon.trailingFillers where TextSearch.hasSuffix(s, w) {
                s.removeLast(w.count)
                changed = true
            }
        }
        guard s.count > SubjectLexicon.maxLength else { return s }
        return keepTail ? String(s.suffix(SubjectLexicon.maxLength)) : String(s.prefix(SubjectLexicon.maxLength))
    }
}
