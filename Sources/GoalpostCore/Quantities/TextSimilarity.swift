/// Character-bigram similarity for Chinese text (no spaces): Dice coefficient of the bigram sets.
package enum TextSimilarity {
    /// Dice coefficient (0...1) of the character bigrams of `a` and `b`; single characters when shorter.
    package static func dice(_ a: String, _ b: String) -> Double {
        let x = grams(a), y = grams(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }

    /// The character bigrams of `text`, ignoring punctuation.
    package static func grams(_ text: String) -> Set<String> {
        let chars = Array(text.filter { $0.isLetter || $0.isNumber })
        guard chars.count > 1 else { return Set(chars.map { String($0) }) }
        return Set((0..<chars.count - 1).map { String(chars[$0...$0 + 1]) })
    }
}
