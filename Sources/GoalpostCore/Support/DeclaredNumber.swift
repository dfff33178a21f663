/// Reads the numbers a file declares (row numbers, cell references, spans, indexes) without
/// overflow: values saturate at ``ceiling``, far beyond every reader limit.
package enum DeclaredNumber {
    /// Every larger value reads as this one (2^50), so arithmetic on a read value cannot overflow.
    package static let ceiling = 1 << 50

    /// `text` as a decimal number when it is one or more ASCII digits (surrounding whitespace
    /// allowed), saturated at ``ceiling``; nil for anything else, signs included.
    package static func parse<Text: StringProtocol>(_ text: Text) -> Int? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        var value = 0
        for byte in trimmed.utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = Swift.min(value * 10 + Int(byte - UInt8(ascii: "0")), ceiling)
        }
        return value
    }

    /// Column letters as a 1-based column number ("A" is 1, "AA" 27), saturated at ``ceiling``;
    /// nil unless `letters` is one or more ASCII letters.
    package static func column<Letters: StringProtocol>(_ letters: Letters) -> Int? {
        guard !letters.isEmpty else { return nil }
        var value = 0
        for byte in letters.utf8 {
            let upper = byte & 0xDF
            guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(upper) else { return nil }
            value = Swift.min(value * 26 + Int(upper - UInt8(ascii: "A")) + 1, ceiling)
        }
        return value
    }
}
