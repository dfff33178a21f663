/// Removes the pinyin that some mirror sites insert after characters of a page they copy
/// (項(xiàng)目, 發(fā)), including the broken form where the opening bracket and the character
/// before it became `?` (目?jī)?nèi)容). Bracketed Latin text without tone marks ((P2), (PPP)) stays.
package enum PinyinAnnotation {
    /// Vowels with tone marks, the sign of an annotation.
    private static let toned: Set<Character> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
    /// Letters an annotation may hold.
    private static let letters: Set<Character> = Set("abcdefghijklmnopqrstuvwxyzü").union(toned)
    /// Longest syllable written in an annotation (zhuàng has 6 letters).
    private static let maxLength = 6

    /// `text` without pinyin annotations; text without any comes back unchanged.
    package static func removed(from text: String) -> String {
        guard text.contains(where: { toned.contains($0) }) else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            if let end = annotationEnd(characters, at: index) {
                index = end
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// The index after the annotation that starts at `start` (`(` or `?`, letters with a tone mark, `)`).
    private static func annotationEnd(_ characters: [Character], at start: Int) -> Int? {
        guard "(（?？".contains(characters[start]) else { return nil }
        var index = start + 1
        var hasTone = false
        while index < characters.count, index - start <= maxLength, letters.contains(characters[index]) {
            hasTone = hasTone || toned.contains(characters[index])
            index += 1
        }
        guard hasTone, index < characters.count, ")）".contains(characters[index]) else { return nil }
        return index + 1
    }
}
