import Foundation

/// Chinese numerals (中文数字): 一百二十三, 两, 十, 二十万, 一千零五, and the fuzzy 十几, 数十, 两三.
package enum ChineseNumeral {
    /// Digit characters and their values.
    package static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    /// Small place units inside a section.
    package static let places: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
    /// Section multipliers.
    package static let sections: [Character: Decimal] = ["万": 10_000, "亿": 100_000_000]
    /// Words that make a numeral fuzzy (几, 数 = "several").
    package static let fuzzyMarks: Set<Character> = ["几", "数"]

    /// True when `c` can be part of a Chinese numeral.
    package static func isNumeralCharacter(_ c: Character) -> Bool {
        digits[c] != nil || places[c] != nil || sections[c] != nil || fuzzyMarks.contains(c)
    }

    /// The value (or range) of a whole numeral, nil when it is not a number (bare 万, 千万, 几).
    package static func value(of text: String) -> (low: Decimal, high: Decimal?)? {
        let chars = Array(text)
        let fuzzyPlace = zip(chars, chars.dropFirst()).contains { fuzzyMarks.contains($0) && places[$1] != nil }
        guard fuzzyPlace || chars.contains(where: { digits[$0] != nil || $0 == "十" }) else { return nil }
        if chars.contains(where: fuzzyMarks.contains) { return fuzzy(chars) }
        if let pair = adjacentDigitPair(chars) {
            var low = chars, high = chars
            low.remove(at: pair + 1)
            high.remove(at: pair)
            guard let l = exact(low), let h = exact(high) else { return nil }
            return (l, h)
        }
        return exact(chars).map { ($0, nil) }
    }

    /// 十几 -> 11...19, 几十/数十 -> 20...90, 几百 -> 200...900, 十几万 -> 110000...190000.
    private static func fuzzy(_ chars: [Character]) -> (low: Decimal, high: Decimal?)? {
        let low = chars.map { fuzzyMarks.contains($0) ? digitBefore(place: $0, in: chars, low: true) : $0 }
        let high = chars.map { fuzzyMarks.contains($0) ? digitBefore(place: $0, in: chars, low: false) : $0 }
        guard let l = exact(low), let h = exact(high), l < h else { return nil }
        return (l, h)
    }

    // 几 before a place unit (几十) stands for 2...9; after one (十几) for 1...9.
    private static func digitBefore(place mark: Character, in chars: [Character], low: Bool) -> Character {
        guard let i = chars.firstIndex(of: mark) else { return "一" }
        let beforePlace = i + 1 < chars.count && places[chars[i + 1]] != nil
        if low { return beforePlace ? "二" : "一" }
        return "九"
    }

    // Two adjacent digits meaning "two or three" (两三, 三四, 七八, 三五); 一一 or 二零 are not.
    private static func adjacentDigitPair(_ chars: [Character]) -> Int? {
        for i in 0..<max(0, chars.count - 1) {
            guard let a = digits[chars[i]], let b = digits[chars[i + 1]], a > 0 else { continue }
            if b == a + 1 || (a == 3 && b == 5) { return i }
        }
        return nil
    }

    /// The exact value of a numeral without fuzzy parts; nil when malformed.
    package static func exact(_ chars: [Character]) -> Decimal? {
        var hundredMillions: Decimal = 0
        var tenThousands: Decimal = 0
        var section: Decimal = 0
        var digit: Int? = nil
        var sawAny = false
        for c in chars {
            if let d = digits[c] {
                if digit != nil && d != 0 { return nil }  // 一二 without a place: a list, not a number
                digit = d == 0 ? nil : d
                sawAny = true
            } else if let p = places[c] {
                section += Decimal((digit ?? 1) * p)
                digit = nil
                sawAny = true
            } else if c == "万" {
                guard sawAny else { return nil }
                tenThousands = (section + Decimal(digit ?? 0)) * 10_000
                section = 0
                digit = nil
            } else if c == "亿" {
                guard sawAny else { return nil }
                hundredMillions = (hundredMillions + tenThousands + section + Decimal(digit ?? 0)) * 100_000_000
                tenThousands = 0
                section = 0
                digit = nil
            } else {
                return nil
            }
        }
        guard sawAny else { return nil }
        return hundredMillions + tenThousands + section + Decimal(digit ?? 0)
    }
}
