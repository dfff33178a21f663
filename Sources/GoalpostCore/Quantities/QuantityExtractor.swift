import Foundation

/// Finds the figures (数量) in a task text (targets) or a progress text (actuals).
///
/// Years, dates, ordinals, names in quotes (“1+3”, “8050”), codes (G329, 5G, 4A) and size classes
/// (the 10亿元以上 of 10亿元以上产业项目8个) are not quantities. All rule tables are in the lexicons.
package struct QuantityExtractor: Sendable {
    /// Most figures read from one text: a real task or progress cell holds a few dozen, so the
    /// rest of a cell with more is not read, which bounds the cost of a hostile one.
    package static let maxFigures = 500

    /// Creates an extractor.
    package init() {}

    /// The figures promised in a task text.
    package func targets(in text: String) -> [Quantity] { locate(in: text).map(\.quantity) }

    /// The figures reported in a progress text (not yet paired with targets).
    package func actuals(in text: String) -> [Quantity] { locate(in: text).map(\.quantity) }

    /// Every figure of `text` with its position, in reading order (at most ``maxFigures``).
    package func locate(in text: String) -> [LocatedQuantity] {
        let chars = Array(text)
        let sentences = SentenceMap(chars)
        var found: [LocatedQuantity] = []
        var quoteDepth = 0
        var previousEnd = 0
        var i = 0
        while i < chars.count, found.count < Self.maxFigures {
            let c = chars[i]
            if SubjectLexicon.nameOpeners.contains(c) { quoteDepth += 1 }
            if SubjectLexicon.nameClosers.contains(c) { quoteDepth = max(0, quoteDepth - 1) }
            if SubjectLexicon.sentenceBreaks.contains(c) { quoteDepth = 0 }
            guard quoteDepth == 0, startsNumber(chars, at: i), let token = NumberReader.token(in: chars, at: i) else {
                i += 1
                continue
            }
            var scan = FigureScan(chars: chars, sentences: sentences, token: token, previousEnd: previousEnd)
            if var located = scan.read() {
                if let previous = found.last, sharesSubject(located, gap: chars[previousEnd..<located.start]) {
                    located.quantity.subject = previous.quantity.subject
                }
                found.append(located)
                previousEnd = scan.spanEnd
            }
            i = max(scan.consumedEnd, i + 1)
        }
        return found
    }

    // 分别增长5.5%和7%, 同比增长8.5%: a figure joined to the previous one only by 和/、, or one without
    // words of its own in the same sentence, measures the previous figure's subject.
    private func sharesSubject(_ figure: LocatedQuantity, gap: ArraySlice<Character>) -> Bool {
        if !gap.isEmpty && gap.allSatisfy(SubjectLexicon.conjunctions.contains) { return true }
        return figure.quantity.subject.isEmpty && !gap.contains(where: SubjectLexicon.sentenceBreaks.contains)
    }

    private func startsNumber(_ chars: [Character], at i: Int) -> Bool {
        let c = chars[i]
        let numeric = NumberReader.isDigit(c) || ChineseNumeral.digits[c] != nil || c == "十" || c == "数"
            || chars[i...].starts(with: NumberReader.percentPrefix)
        guard numeric, i > 0 else { return numeric }
        let before = chars[i - 1]
        if before.isASCII && (before.isLetter || before.isNumber || before == ".") { return false }
        return !SubjectLexicon.blockersBefore.contains(before)
    }
}
