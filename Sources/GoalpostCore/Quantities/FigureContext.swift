import Foundation

/// The words around a figure: its subject, whether it is a part (其中…), its kind and direction.
struct FigureContext {
    let chars: [Character]
    let figureStart: Int
    let figureEnd: Int
    let previousEnd: Int

    /// Start of the clause the figure belongs to (after the last clause mark or the previous figure).
    var clauseStart: Int {
        var k = figureStart
        while k > previousEnd, !SubjectLexicon.clauseBreaks.contains(chars[k - 1]) { k -= 1 }
        return k
    }

    /// Start of the sentence the figure belongs to.
    var sentenceStart: Int {
        var k = figureStart
        while k > 0, !SubjectLexicon.sentenceBreaks.contains(chars[k - 1]) { k -= 1 }
        return k
    }

    /// True when 其中 comes earlier in the same sentence.
    var followsPartMarker: Bool {
        String(chars[sentenceStart..<figureStart]).contains("其中")
    }

    /// The short subject: the words before the figure, or after it when nothing stands before.
    var subject: String {
        let raw = String(chars[clauseStart..<figureStart])
        let before = Self.clean(raw, keepTail: true)
        // 等3个未来社区: after 等 the counted noun follows the figure.
        if before.count >= 2 && !raw.hasSuffix("等") { return before }
        var k = figureEnd
        while k < chars.count, !SubjectLexicon.clauseBreaks.contains(chars[k]), !NumberReader.isDigit(chars[k]) { k += 1 }
        let after = Self.clean(String(chars[figureEnd..<k]), keepTail: false)
        return after.isEmpty ? before : after
    }

    /// The sentence text before the figure, used for 方 and ceiling words.
    var wideSubject: String { String(chars[max(sentenceStart, figureStart - 20)..<figureStart]) + subject }

    /// Kind, negation and direction from the verb nearest before the figure.
    func kind(unit: String, qualifier: Qualifier) -> (kind: QuantityKind, negate: Bool, higherIsBetter: Bool) {
        let from = max(sentenceStart, figureStart - DirectionLexicon.window)
        let window = String(chars[from..<figureStart])
        let verb = Self.nearest(of: DirectionLexicon.growthVerbs + DirectionLexicon.changeVerbs + ["达到", "达", "为"], in: window)
        var kind = QuantityKind.level
        if let verb, !["达到", "达", "为"].contains(verb) {
            if unit == "%", DirectionLexicon.growthVerbs.contains(verb) {
                kind = .growth
            } else if unit == "百分点" || DirectionLexicon.changeVerbs.contains(verb) {
                kind = .change
            }
        }
        let negate = kind != .level && verb.map(DirectionLexicon.decreaseVerbs.contains) == true
        let ceiling = DirectionLexicon.ceilingSubjects.contains { wideSubject.contains($0) }
        return (kind, negate, !(ceiling || negate || qualifier == .atMost))
    }

    private static func nearest(of words: [String], in window: String) -> String? {
        var best: (String, String.Index)?
        for w in words {
            guard let r = window.range(of: w, options: .backwards) else { continue }
            if best == nil || r.upperBound > best!.1 || (r.upperBound == best!.1 && w.count > best!.0.count) {
                best = (w, r.upperBound)
            }
        }
        return best?.0
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
            for w in SubjectLexicon.leadingFillers where s.hasPrefix(w) {
                s.removeFirst(w.count)
                changed = true
            }
            for w in SubjectLexicon.trailingFillers where s.hasSuffix(w) {
                s.removeLast(w.count)
                changed = true
            }
        }
        guard s.count > SubjectLexicon.maxLength else { return s }
        return keepTail ? String(s.suffix(SubjectLexicon.maxLength)) : String(s.prefix(SubjectLexicon.maxLength))
    }
}
