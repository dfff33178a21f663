import Foundation

/// Item markers of a numbered list written as text (1. … 2. …, 一、… 二、…, （一）… （二）…),
/// found at a line start or after a sentence, and the run of them that numbers the items.
struct ListMarkers {
    /// How a list numbers its items.
    enum Family: CaseIterable {
        /// 1. / 1． / 1、
        case arabic
        /// 一、
        case chinese
        /// （一） / (一)
        case bracketed
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

    /// The markers of the longest run numbered 1, 2, 3 … in `characters`, of the family that
    /// makes it; runs of two items or more count. A run whose first item follows a colon is a list
    /// inside a cell (完成情况：1.… 2.…), not the items, and a tie goes to the run that starts first.
    static func items(in characters: [Character]) -> [Marker] {
        let all = markers(in: characters)
        var best: [Marker] = []
        for family in Family.allCases {
            for run in runs(all.filter { $0.family == family }) where run.count >= 2 {
                guard !followsColon(run[0], in: characters) else { continue }
                if run.count > best.count || (run.count == best.count && run[0].start < (best.first?.start ?? Int.max)) {
                    best = run
                }
            }
        }
        return best
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
        var index = 0
        while index < characters.count {
            let atBoundary = index == 0 || boundaries.contains(characters[index - 1])
            if atBoundary, let marker = marker(at: index, in: characters) {
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
        if first.isASCII, first.isNumber {
            var end = start
            while end < characters.count, end - start < 3, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard end < characters.count, ".．、".contains(characters[end]), let ordinal = Int(String(characters[start..<end]))
            else { return nil }
            return content(after: end + 1, in: characters).map { Marker(family: .arabic, ordinal: ordinal, start: start, contentStart: $0) }
        }
        if SectionTitle.openers.contains(first) {
            let (ordinal, end) = chineseNumber(from: start + 1, in: characters)
            guard let ordinal, end < characters.count, SectionTitle.closers.contains(characters[end]) else { return nil }
            return content(after: end + 1, in: characters).map { Marker(family: .bracketed, ordinal: ordinal, start: start, contentStart: $0) }
        }
        let (ordinal, end) = chineseNumber(from: start, in: characters)
        guard let ordinal, end < characters.count, characters[end] == "、" else { return nil }
        return content(after: end + 1, in: characters).map { Marker(family: .chinese, ordinal: ordinal, start: start, contentStart: $0) }
    }

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
