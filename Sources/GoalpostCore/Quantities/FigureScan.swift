import Foundation

/// Reads one figure around a number token: range, unit, qualifiers, then subject and kind.
struct FigureScan {
    /// The whole text.
    let chars: [Character]
    /// Sentence starts and 其中 positions of the whole text.
    let sentences: SentenceMap
    /// The number the figure is built around.
    let token: NumberToken
    /// Where the previous figure ended (its subject boundary).
    let previousEnd: Int
    /// Where the figure's span ends (after its suffix qualifier).
    private(set) var spanEnd: Int
    /// How far the scan consumed, even when the number was rejected.
    private(set) var consumedEnd: Int

    /// Prepares to read the figure around `token`.
    init(chars: [Character], sentences: SentenceMap, token: NumberToken, previousEnd: Int) {
        self.chars = chars
        self.sentences = sentences
        self.token = token
        self.previousEnd = previousEnd
        self.spanEnd = token.end
        self.consumedEnd = token.end
    }

    /// The number with its range end, unit and qualifiers, before subject and kind are read.
    private struct Reading {
        var high: Decimal?
        var qualifier: Qualifier
        var unit: UnitLexicon.Entry?
        var end: Int
    }

    /// The figure, or nil when the number is a year, date, ordinal, code or size class.
    mutating func read() -> LocatedQuantity? {
        guard token.isPlausible, !isCodeOrName(at: token.end) else { return nil }
        var reading = readNumberAndUnit()
        consumedEnd = reading.end
        guard reading.unit != nil || token.hasMultiplier else { return nil }
        if let suffix = word(from: QualifierLexicon.suffixes, at: reading.end), !isPlusOfName(suffix.word, at: reading.end) {
            if isSizeClass(suffix: suffix.word, after: reading.end + suffix.word.count, unit: reading.unit) { return nil }
            if reading.qualifier != .range { reading.qualifier = suffix.qualifier }
            reading.end += suffix.word.count
        }
        let prefix = prefixQualifier()
        if reading.qualifier == .exact, let p = prefix { reading.qualifier = p.qualifier }
        let spanStart = token.start - (prefix?.word.count ?? 0)
        spanEnd = reading.end
        consumedEnd = reading.end
        return assemble(reading, spanStart: spanStart)
    }

    // The number, an infix qualifier (26余次), a range end (5%—6%, 两到三个) and the unit.
    private func readNumberAndUnit() -> Reading {
        var j = token.end
        var reading = Reading(high: token.valueMax, qualifier: token.valueMax == nil ? .exact : .range, unit: nil, end: j)
        if let infix = word(from: QualifierLexicon.infixes, at: j) {
            reading.qualifier = infix.qualifier
            j += infix.word.count
        }
        reading.unit = unitEntry(at: j)
        if let range = rangeEnd(after: j, firstUnit: reading.unit) {
            reading.high = range.token.valueMax ?? range.token.value
            reading.unit = range.unit
            reading.qualifier = .range
            j = range.token.end
        }
        if token.isPercent && reading.unit == nil {
            reading.unit = UnitLexicon.percent
        } else if let u = reading.unit {
            j += u.written.count
        }
        reading.end = j
        return reading
    }

    // Subject, unit resolution (方), kind and direction, then the quantity.
    private func assemble(_ reading: Reading, spanStart: Int) -> LocatedQuantity {
        let context = FigureContext(chars: chars, sentences: sentences, figureStart: spanStart, figureEnd: reading.end, previousEnd: previousEnd)
        let canonical = resolvedUnit(reading.unit, subject: context.wideSubject)
        let meaning = context.kind(unit: canonical, qualifier: reading.qualifier)
        var (low, high) = (token.value, reading.high)
        if meaning.negate {
            (low, high) = high.map { (-$0, -low) } ?? (-low, nil)
        }
        let quantity = Quantity(
            text: String(chars[spanStart..<reading.end]), value: low, valueMax: high, unit: canonical,
            qualifier: reading.qualifier, kind: meaning.kind, higherIsBetter: meaning.higherIsBetter, subject: context.subject)
        return LocatedQuantity(quantity: quantity, start: spanStart, isPart: context.followsPartMarker)
    }

    // 5G, 4A级, 1+3, 3+3+5, 2.0 and the like are names or codes.
    private func isCodeOrName(at j: Int) -> Bool {
        guard j < chars.count else { return false }
        let next = chars[j]
        if next.isASCII && next.isLetter { return true }
        if next == "+" || next == "＋", j + 1 < chars.count, chars[j + 1].isASCII, chars[j + 1].isLetter || chars[j + 1].isNumber {
            return true
        }
        return false
    }

    private func isPlusOfName(_ word: String, at j: Int) -> Bool {
        guard word == "+" || word == "＋", j + 1 < chars.count else { return false }
        return chars[j + 1].isASCII && (chars[j + 1].isLetter || chars[j + 1].isNumber)
    }

    private func unitEntry(at j: Int) -> UnitLexicon.Entry? {
        UnitLexicon.match(in: chars, at: j, chineseNumeral: token.isChinese)
    }

    private func word(from table: [(word: String, qualifier: Qualifier)], at j: Int) -> (word: String, qualifier: Qualifier)? {
        table.first { chars[min(j, chars.count)...].starts(with: Array($0.word)) }
    }

    // 5%—6%, 两到三个, 1-2个: a second number after a separator, with the same unit (or the first has none).
    private func rangeEnd(after j: Int, firstUnit: UnitLexicon.Entry?) -> (token: NumberToken, unit: UnitLexicon.Entry?)? {
        if let u = firstUnit, u.canonical != "%" { return nil }
        let sep = j + (firstUnit?.written.count ?? 0)
        guard sep + 1 < chars.count, QualifierLexicon.rangeSeparators.contains(chars[sep]),
              let second = NumberReader.token(in: chars, at: sep + 1), second.isPlausible, second.value > token.value,
              second.isChinese == token.isChinese else { return nil }
        let unit = UnitLexicon.match(in: chars, at: second.end, chineseNumeral: second.isChinese)
        guard unit != nil || firstUnit != nil, firstUnit == nil || unit?.canonical == firstUnit?.canonical || unit == nil else {
            return nil
        }
        return (second, unit ?? firstUnit)
    }

    // 10亿元以上产业项目8个: the 以上 opens a noun phrase that is later counted; the first figure is a class.
    private func isSizeClass(suffix: String, after k: Int, unit: UnitLexicon.Entry?) -> Bool {
        guard QualifierLexicon.classSuffixes.contains(suffix), unit?.family != "percent", k < chars.count,
              !SubjectLexicon.clauseBreaks.contains(chars[k]) else { return false }
        var m = k
        while m < chars.count, !SubjectLexicon.clauseBreaks.contains(chars[m]) {
            if NumberReader.isDigit(chars[m]) || ChineseNumeral.digits[chars[m]] != nil { return true }
            m += 1
        }
        return chars[k].isLetter && !chars[k].isASCII && isPhenomenon(at: k)
    }

    // 1.4万元以下现象 / 以下的: a threshold describing a class of things, not a count.
    private func isPhenomenon(at k: Int) -> Bool {
        let rest = String(chars[k..<min(chars.count, k + 4)])
        return QualifierLexicon.classNouns.contains { TextSearch.hasPrefix(rest, $0) }
    }

    private func prefixQualifier() -> (word: String, qualifier: Qualifier)? {
        QualifierLexicon.prefixes.first { entry in
            let w = Array(entry.word)
            let s = token.start - w.count
            guard s >= 0, Array(chars[s..<token.start]) == w else { return false }
            return s == 0 || !QualifierLexicon.notAfter(entry.word).contains(chars[s - 1])
        }
    }

    private func resolvedUnit(_ entry: UnitLexicon.Entry?, subject: String) -> String {
        guard let entry else { return "" }
        guard entry.written == UnitLexicon.ambiguousCubic else { return entry.canonical }
        let volume = UnitLexicon.volumeSubjects.contains { TextSearch.contains(subject, $0) }
        return volume ? UnitLexicon.cubicMetre : UnitLexicon.squareMetre
    }
}
