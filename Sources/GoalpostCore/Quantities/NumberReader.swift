import Foundation

/// Reads numbers exactly: Arabic and full-width digits, decimals, thousands separators, 万/亿/万亿
/// multipliers, Chinese numerals and 百分之…. Never goes through Double (16.4亿 is exactly 1640000000).
package enum NumberReader {
    /// Multipliers after Arabic digits (3.5万, 2.19亿, 3万亿).
    package static let multipliers: [Character: Decimal] = ["万": 10_000, "亿": 100_000_000]
    /// Multipliers only valid before 万/亿 (5千万, 3百万): otherwise 千 is part of 千瓦/千克.
    package static let innerMultipliers: [Character: Decimal] = ["千": 1000, "百": 100]
    /// Characters that make a trailing 千 part of a unit (千瓦, 千克, 千伏, 千焦, 千卡).
    package static let unitAfterThousand: Set<Character> = ["瓦", "克", "伏", "焦", "卡"]
    /// The written prefix of a Chinese percentage (百分之五十).
    package static let percentPrefix = Array("百分之")

    /// Most digits before the decimal point of a figure (a number in 元 of a national budget has 14).
    package static let maxIntegerDigits = 20
    /// Most digits after the decimal point of a figure.
    package static let maxFractionDigits = 12
    /// Largest magnitude of a figure once its multipliers (万, 亿) are applied.
    package static let maxMagnitude = Decimal(string: "1e24") ?? 1
    /// Longest run of Chinese numeral characters read as one number (一千二百三十四万五千六百七十八 has 15).
    package static let maxChineseLength = 24

    /// The value of `text` when the whole text is one number (3.5万, 一千零五, 十几), else nil.
    package static func value(of text: String) -> (low: Decimal, high: Decimal?)? {
        let chars = Array(text)
        guard let token = token(in: chars, at: 0), token.end == chars.count, token.isPlausible else { return nil }
        return (token.value, token.valueMax)
    }

    /// The number starting exactly at `index`, if one does.
    package static func token(in chars: [Character], at index: Int) -> NumberToken? {
        guard index < chars.count else { return nil }
        if isDigit(chars[index]) { return arabic(in: chars, at: index) }
        if chars[index...].starts(with: percentPrefix) { return percent(in: chars, at: index) }
        return chinese(in: chars, at: index)
    }

    /// True for ASCII and full-width digits.
    package static func isDigit(_ c: Character) -> Bool { digitValue(c) != nil }

    /// The value of an ASCII or full-width digit.
    package static func digitValue(_ c: Character) -> Int? {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    private static func arabic(in chars: [Character], at start: Int) -> NumberToken {
        var significand: Decimal = 0
        var (integerDigits, fractionDigits) = (0, 0)
        var inFraction = false
        var i = start
        while i < chars.count {
            if let d = digitValue(chars[i]) {
                // Digits past the limits are read over (the token ends after them) but not added up.
                if inFraction { fractionDigits += 1 } else { integerDigits += 1 }
                if integerDigits <= maxIntegerDigits, fractionDigits <= maxFractionDigits {
                    significand = significand * 10 + Decimal(d)
                }
                i += 1
            } else if !inFraction, chars[i] == "." || chars[i] == "．", i + 1 < chars.count, isDigit(chars[i + 1]) {
                inFraction = true
                i += 1
            } else if !inFraction, chars[i] == ",", isThousandsGroup(chars, at: i + 1) {
                i += 1
            } else {
                break
            }
        }
        let fits = integerDigits <= maxIntegerDigits && fractionDigits <= maxFractionDigits
        var value = Decimal(sign: .plus, exponent: -min(fractionDigits, maxFractionDigits), significand: significand)
        let (factor, end) = multiplier(in: chars, at: i)
        value *= factor
        var token = NumberToken(start: start, end: end, value: value, valueMax: nil, isChinese: false, hasMultiplier: end > i)
        token.isPlausible = fits && isPlausible(value)
        return token
    }

    /// True for a finite value within ``maxMagnitude``.
    package static func isPlausible(_ value: Decimal) -> Bool {
        !value.isNaN && value.magnitude <= maxMagnitude
    }

    // A thousands group is exactly three digits not followed by another digit.
    private static func isThousandsGroup(_ chars: [Character], at i: Int) -> Bool {
        guard i + 3 <= chars.count, chars[i..<i + 3].allSatisfy(isDigit) else { return false }
        return i + 3 == chars.count || !isDigit(chars[i + 3])
    }

    /// The product of the multipliers written at `index` (万, 亿, 万亿, 千万) and where they end.
    package static func multiplier(in chars: [Character], at index: Int) -> (Decimal, Int) {
        var factor: Decimal = 1
        var i = index
        // 万亿 is the largest written multiplier; a longer run is read over without multiplying.
        while i < chars.count, i - index < 4 {
            if let m = multipliers[chars[i]] {
                factor *= m
            } else if let m = innerMultipliers[chars[i]], i + 1 < chars.count, multipliers[chars[i + 1]] != nil {
                factor *= m
            } else if chars[i] == "千",
                i + 1 == chars.count || (!unitAfterThousand.contains(chars[i + 1]) && ChineseNumeral.digits[chars[i + 1]] == nil) {
                factor *= 1000
            } else {
                break
            }
            i += 1
        }
        return (factor, i)
    }

    private static func percent(in chars: [Character], at start: Int) -> NumberToken? {
        let after = start + percentPrefix.count
        if after < chars.count, chars[after] == "百", after + 1 == chars.count || !ChineseNumeral.isNumeralCharacter(chars[after + 1]) {
            return NumberToken(start: start, end: after + 1, value: 100, valueMax: nil, isChinese: true, isPercent: true)
        }
        guard var inner = token(in: chars, at: after) else { return nil }
        inner.start = start
        inner.isPercent = true
        return inner
    }

    private static func chinese(in chars: [Character], at start: Int) -> NumberToken? {
        var end = start
        while end < chars.count, end - start < maxChineseLength, ChineseNumeral.isNumeralCharacter(chars[end]) { end += 1 }
        // 三千瓦: the 千 belongs to the unit.
        if end > start + 1, chars[end - 1] == "千", end < chars.count, unitAfterThousand.contains(chars[end]) { end -= 1 }
        while end > start {
            if let (low, high) = ChineseNumeral.value(of: String(chars[start..<end])) {
                var token = NumberToken(start: start, end: end, value: low, valueMax: high, isChinese: true,
                                        hasMultiplier: chars[start..<end].contains { $0 == "万" || $0 == "亿" })
                token.isPlausible = isPlausible(low) && high.map(isPlausible) ?? true
                return token
            }
            end -= 1
        }
        return nil
    }
}
