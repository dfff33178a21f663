import Foundation

/// Item markers of a numbered list written as text (1. … 2. …, 一、… 二、…, （一）… （二）…),
/// found at a line start or after a sentence, and the run of them that numbers the items.
struct ListMarkers {
    /// How a list numbers its items.
    enum Family: CaseIterable {
        /// 1. / 1． / 1、, or 1 alone on its line above the item's text
        case arabic
        /// 一、
        case chinese
        /// （一） / (一)
        case bracketed
        /// 一开展… at a line start: a numeral whose 、 the page lost, counted only in a run of three
        case glued
        /// 第一项： / 第2件、 / 实事一：
        case counted
        /// ☑ / ● / ■ … at a line start: each bullet an item, counted in order
        case bulleted
        /// No number: a short heading line above its paragraphs.
        case heading
        /// No number: a paragraph whose first sentence is the task and whose next opens the progress
        /// (…撤并村通公路。上半年已完成…).
        case paragraph

        static let numbered: [Family] = [.arabic, .chinese, .bracketed, .glued, .counted, .bulleted]
    }

    /// One marker: where it starts, where the item's text starts, and its ordinal.
    struct Marker {
        var family: Family
        var ordinal: Int
        var start: Int
        var contentStart: Int
    }

    /// Characters after which a marker may start an item: line and sentence ends.
    static let boundaries: Set<Character> = Set(["\n", "\r", "\r\n"]).union(" \t\u{3000}。；;！!？?")
    /// Characters before which an item cannot start: a marker is followed by text.
    static let contentBreakers: Set<Character> = Set(["\n", "\r", "\r\n"]).union(" \t\u{3000}.．、%％0123456789")

    /// The markers of the items: the longest run numbered 1, 2, 3 … in `characters`, of the family
    /// that makes it (runs of two items or more, three for numerals that lost their 、). A run whose
    /// first item follows a colon is a list inside a cell (完成情况：1.… 2.…), not the items, and a
    /// tie goes to the run that starts first. Unnumbered paragraph items or headings win when they
    /// are more (headings also when the run is a list within one of them).
    static func items(in characters: [Character]) -> [Marker] {
        let all = markers(in: characters)
        var best: [Marker] = []
        for family in Family.numbered {
            for run in runs(all.filter { $0.family == family }) where run.count >= (family == .glued ? 3 : 2) {
                guard !followsColon(run[0], in: characters) else { continue }
                if run.count > best.count || (run.count == best.count && run[0].start < (best.first?.start ?? Int.max)) {
                    best = run
                }
            }
        }
        let headings = headingItems(in: characters)
        // A run inside one heading is a list within an item, unless it outnumbers the headings
        // (a title and a section line above the numbered items are not the items).
        let paragraphs = paragraphItems(in: characters)
        if paragraphs.count > max(best.count, headings.count) { return paragraphs }
        let nested = nests(best, in: headings) && headings.count >= best.count
        return headings.count > best.count || nested ? headings : best
    }

    /// True when every marker of `run` falls inside one heading item: the numbers are a list
    /// within an item ((一)… (二)… under a heading), the headings the items.
    private static func nests(_ run: [Marker], in headings: [Marker]) -> Bool {
        guard headings.count >= 2, let first = run.first, let last = run.last else { return false }
        guard let owner = headings.lastIndex(where: { $0.start < first.start }) else { return false }
        let end = owner + 1 < headings.count ? headings[owner + 1].start : Int.max
        return last.start < end
    }

    /// Longest heading line, in characters.
    static let maxHeading = 30
    /// Characters a heading does not hold: it is a name, not a sentence.
    static let sentencePunctuation: Set<Character> = Set("。；;！!？?，,：:")

    /// A year (2021年), which makes a short line a title rather than an item (built once).
    nonisolated(unsafe) private static let yearPattern = #/\d{4}\s*年/#

    /// Items of a list without numbers: lines short enough to be names, without sentence
    /// punctuation or a year (a title: 2021年…全面完成), each followed by a paragraph line.
    static func headingItems(in characters: [Character]) -> [Marker] {
        var lines: [(start: Int, text: String)] = []
        var start = 0
        for index in characters.indices where characters[index].isNewline {
            lines.append((start, String(characters[start..<index])))
            start = index + 1
        }
        lines.append((start, String(characters[start...])))
        let filled = lines.map { ($0.start, $0.text.trimmingWhitespace()) }.filter { !$0.1.isEmpty }
        var found: [Marker] = []
        for (position, line) in filled.enumerated() where position + 1 < filled.count {
            let (offset, text) = line
            let next = filled[position + 1].1
            guard (4...maxHeading).contains(text.count), !text.contains(where: sentencePunctuation.contains),
                text.firstMatch(of: yearPattern) == nil, markers(in: Array(text)).first?.start != 0,
                next.count > text.count, next.contains(where: sentencePunctuation.contains)
            else { continue }
            let lead = characters[offset...].prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }.count
            found.append(Marker(family: .heading, ordinal: found.count + 1, start: offset + lead, contentStart: offset + lead))
        }
        return found.count >= 2 ? found : []
    }

    /// Words that open a progress sentence: a period reached (上半年, 截至, 1-6月), a sum (累计), a
    /// deed done (已), or who answers for it (这项工作由…负责).
    static let progressOpeners = ["上半年", "下半年", "全年", "截至", "截止", "今年以来", "年初以来", "目前", "已", "累计",
                                  "一季度", "前三季度", "这项工作由", "這項工作由", "去年"]
    /// Fewest such paragraphs that make a list (two could be any prose).
    static let minimumParagraphs = 3
    /// Longest first sentence read as a task.
    static let maxTaskSentence = 80

    /// Items written one paragraph each, without numbers: lines whose first sentence (ending 。)
    /// is followed by a sentence opening like progress; at least `minimumParagraphs` of them.
    static func paragraphItems(in characters: [Character]) -> [Marker] {
        var found: [Marker] = []
        var start = 0
        while start < characters.count {
            let end = characters[start...].firstIndex(where: \.isNewline) ?? characters.count
            let line = characters[start..<end]
            let lead = line.prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }.count
            if let stop = line.prefix(maxTaskSentence).firstIndex(of: "。"), stop > start + lead {
                let next = String(line[(stop + 1)...].prefix(6))
                if progressOpeners.contains(where: next.hasPrefix) {
                    found.append(Marker(family: .paragraph, ordinal: found.count + 1, start: start + lead, contentStart: start + lead))
                }
            }
            start = end + 1
        }
        return found.count >= minimumParagraphs ? found : []
    }

    /// Sequences 1, 2, 3 … in file order; a marker out of sequence is skipped, a 1 starts a new run.
    private static func runs(_ markers: [Marker]) -> [[Marker]] {
        var runs: [[Marker]] = []
        var current: [Marker] = []
        for marker in markers {
            if marker.ordinal == 1 {
                if !current.isEmpty { runs.append(current) }
                current = [marker]
            } else if let last = current.last, marker.ordinal == last.ordinal + 1 {
                current.append(marker)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private static func followsColon(_ marker: Marker, in characters: [Character]) -> Bool {
        var index = marker.start - 1
        while index >= 0, characters[index] == " " || characters[index] == "\u{3000}" { index -= 1 }
        return index >= 0 && (characters[index] == ":" || characters[index] == "：")
    }

    /// Every marker in `characters`, in order.
    static func markers(in characters: [Character]) -> [Marker] {
        var found: [Marker] = []
        var bullets = 0
        var index = 0
        while index < characters.count {
            let atBoundary = index == 0 || boundaries.contains(characters[index - 1])
            let atLineStart = index == 0 || characters[index - 1].isNewline
            if atLineStart, bulletCharacters.contains(characters[index]),
               let text = content(after: index + 1, in: characters) ?? content(after: index + 2, in: characters) {
                bullets += 1
                found.append(Marker(family: .bulleted, ordinal: bullets, start: index, contentStart: text))
                index = text
            } else if atBoundary, let marker = marker(at: index, in: characters) {
                found.append(marker)
                index = marker.contentStart
            } else {
                index += 1
            }
        }
        return found
    }

    private static func marker(at start: Int, in characters: [Character]) -> Marker? {
        let first = characters[start]
        if first == "第" { return counted(at: start, in: characters) }
        if let named = namedCount(at: start, in: characters) { return named }
        if first.isASCII, first.isNumber {
            var end = start
            while end < characters.count, end - start < 3, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard let ordinal = Int(String(characters[start..<end])) else { return nil }
            // Alone on its line only at a line start: a figure ending a line (改造路灯 2⏎处) is no number.
            if start == 0 || characters[start - 1].isNewline, let text = aloneOnItsLine(numberEnd: end, in: characters) {
                return Marker(family: .arabic, ordinal: ordinal, start: start, contentStart: text)
            }
            guard end < characters.count, ".．、".contains(characters[end]) else { return nil }
            return content(after: end + 1, in: characters).map { Marker(family: .arabic, ordinal: ordinal, start: start, contentStart: $0) }
        }
        if SectionTitle.openers.contains(first) {
            let (ordinal, end) = chineseNumber(from: start + 1, in: characters)
            guard let ordinal, end < characters.count, SectionTitle.closers.contains(characters[end]) else { return nil }
            return content(after: end + 1, in: characters).map { Marker(family: .bracketed, ordinal: ordinal, start: start, contentStart: $0) }
        }
        let (ordinal, end) = chineseNumber(from: start, in: characters)
        guard let ordinal, end < characters.count else { return nil }
        if characters[end] == "、" {
            return content(after: end + 1, in: characters).map { Marker(family: .chinese, ordinal: ordinal, start: start, contentStart: $0) }
        }
        let atLineStart = start == 0 || characters[start - 1].isNewline
        guard atLineStart, characters[end].unicodeScalars.first?.isHan == true else { return nil }
        return Marker(family: .glued, ordinal: ordinal, start: start, contentStart: end)
    }

    /// 第一项： / 第2件、 / 第三条: an item counted in words, its text after the mark.
    private static func counted(at start: Int, in characters: [Character]) -> Marker? {
        var end = start + 1
        var ordinal: Int?
        if end < characters.count, characters[end].isASCII, characters[end].isNumber {
            while end < characters.count, end - start <= 3, characters[end].isASCII, characters[end].isNumber { end += 1 }
            ordinal = Int(String(characters[(start + 1)..<end]))
        } else {
            (ordinal, end) = chineseNumber(from: start + 1, in: characters)
        }
        guard let ordinal, end + 1 < characters.count, countWords.contains(characters[end]),
              ":：、.．".contains(characters[end + 1]) else { return nil }
        return content(after: end + 2, in: characters).map { Marker(family: .counted, ordinal: ordinal, start: start, contentStart: $0) }
    }

    /// 实事一： / 项目二: at a line start: a word naming the items, its numeral, a colon.
    private static func namedCount(at start: Int, in characters: [Character]) -> Marker? {
        guard start == 0 || characters[start - 1].isNewline else { return nil }
        for word in itemWords where characters[start...].starts(with: word) {
            let (ordinal, end) = chineseNumber(from: start + word.count, in: characters)
            guard let ordinal, end < characters.count, "：:".contains(characters[end]) else { continue }
            return content(after: end + 1, in: characters).map { Marker(family: .counted, ordinal: ordinal, start: start, contentStart: $0) }
        }
        return nil
    }

    /// Words that name the items before their numeral (实事一：, 项目二：).
    static let itemWords: [[Character]] = ["实事", "項目", "项目", "任务", "事项", "工程"].map(Array.init)

    /// Characters that mark an item at a line start (☑辖区内老旧路灯改造…).
    static let bulletCharacters: Set<Character> = ["☑", "☐", "✔", "✓", "●", "○", "■", "□", "◆", "◇", "★", "☆", "▲", "►", "▶", "•", "·", "❖", "◎"]

    /// Words that count items after 第N (第一项, 第二件, 第三条).
    static let countWords: Set<Character> = ["项", "件", "条"]

    /// For a number alone on its line (`1` then the item's text below it), where that text starts:
    /// the first character after the line break and any blank lines, on a line that opens in words
    /// (新增 7069张…, 300家…) rather than a bare figure.
    private static func aloneOnItsLine(numberEnd: Int, in characters: [Character]) -> Int? {
        var index = numberEnd
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        guard index < characters.count, characters[index].isNewline else { return nil }
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        let opening = characters[index...].prefix { !$0.isNewline }.prefix(openingWords)
        guard opening.contains(where: { $0.unicodeScalars.first?.isHan == true }) else { return nil }
        return index
    }

    /// How far into the line below a lone number a word must come for the line to be an item.
    static let openingWords = 12

    /// The index where the item's text starts, or nil when no text follows the marker.
    private static func content(after index: Int, in characters: [Character]) -> Int? {
        guard index < characters.count, !contentBreakers.contains(characters[index]) else { return nil }
        return index
    }

    /// The value of the Chinese numeral (一 … 九十九) starting at `start`, and the index after it.
    private static func chineseNumber(from start: Int, in characters: [Character]) -> (Int?, Int) {
        var end = start
        while end < characters.count, end - start < 3, SectionTitle.numerals.contains(characters[end]) { end += 1 }
        guard end > start else { return (nil, start) }
        let value = ChineseNumeral.exact(Array(characters[start..<end])).map { NSDecimalNumber(decimal: $0).intValue }
        return (value, end)
    }
}
