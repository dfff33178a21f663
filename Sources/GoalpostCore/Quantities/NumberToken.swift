import Foundation

/// A number (数字) found in text: where it is and its exact value.
package struct NumberToken: Sendable, Equatable {
    /// Index of the first character (in the text's `Array(Character)`).
    package var start: Int
    /// Index just past the last character.
    package var end: Int
    /// The value, or the lower bound of a fuzzy number (十几 is 11...19).
    package var value: Decimal
    /// The upper bound of a fuzzy number, else nil.
    package var valueMax: Decimal?
    /// True when written in Chinese numerals (一百二十, 两三).
    package var isChinese: Bool
    /// True when written as 百分之…: the value is a percentage.
    package var isPercent: Bool = false
    /// True when a 万/亿 multiplier was applied.
    package var hasMultiplier: Bool = false
    /// False for digits no table means as a figure (over ``NumberReader/maxIntegerDigits`` digits,
    /// over ``NumberReader/maxFractionDigits`` decimals, a value beyond ``NumberReader/maxMagnitude``):
    /// such a token is read past but never becomes a quantity.
    package var isPlausible: Bool = true
}
