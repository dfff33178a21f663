/// Turns a task text into the form tasks are compared in (规范化文本).
///
/// Drops filler words, masks numbers (figures change between years while the task stays), and
/// drops punctuation, whitespace and list markers such as `1.` or `一是`.
package enum TextNormalizer {
    /// The character that stands for any number in a normalised text.
    package static let numberMask: Character = "#"
    private static let numberMaskScalar: Unicode.Scalar = "#"

    /// The normalised form of `text`.
    package static func normalize(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        scalars = removeFillers(scalars)
        return String(String.UnicodeScalarView(maskAndStrip(scalars)))
    }

    /// `text` with punctuation and whitespace dropped but numbers kept: equal forms mean "not reworded".
    package static func comparable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isPunctuationOrSpace($0) }))
    }

    private static let fillers: [[Unicode.Scalar]] = FillerVocabulary.words.map { Array($0.unicodeScalars) }

    private static func removeFillers(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        outer: while index < scalars.count {
            for word in fillers where matches(word, in: scalars, at: index) {
                index += word.count
                continue outer
            }
            out.append(scalars[index])
            index += 1
        }
        return out
    }

    private static func matches(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + word.count <= scalars.count, scalars[index] == word[0] else { return false }
        for offset in 1..<max(word.count, 1) where scalars[index + offset] != word[offset] {
            return false
        }
        return true
    }

    private static func maskAndStrip(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        let mask = numberMaskScalar
        for scalar in scalars {
            if isDigit(scalar) || (isNumberPart(scalar) && out.last == mask) {
                if out.last != mask { out.append(mask) }
            } else if !isPunctuationOrSpace(scalar) {
                out.append(scalar)
            }
        }
        return out
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar)
    }

    // Decimal points, separators and multipliers that continue a number: 1.18万, 1,200, 3.5亿.
    private static func isNumberPart(_ scalar: Unicode.Scalar) -> Bool {
        ".,．，万亿%％".unicodeScalars.contains(scalar)
    }

    private static func isPunctuationOrSpace(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isWhitespace { return true }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
