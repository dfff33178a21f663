/// Substring search on UTF-8 bytes: exact for Chinese text (no locale folding) and much faster than
/// Foundation's `range(of:)`, which the rule tables call thousands of times per table.
package enum TextSearch {
    /// True when `word` occurs in `text`.
    package static func contains(_ text: String, _ word: String) -> Bool { lastEnd(of: word, in: text) != nil }

    /// The UTF-8 offset just past the last occurrence of `word` in `text`, or nil.
    package static func lastEnd(of word: String, in text: String) -> Int? {
        var text = text, word = word
        return text.withUTF8 { t in
            word.withUTF8 { w -> Int? in
                guard !w.isEmpty, w.count <= t.count else { return nil }
                var i = t.count - w.count
                while i >= 0 {
                    if t[i] == w[0] {
                        var k = 1
                        while k < w.count, t[i + k] == w[k] { k += 1 }
                        if k == w.count { return i + w.count }
                    }
                    i -= 1
                }
                return nil
            }
        }
    }

    /// True when `text` starts with `word` (byte comparison).
    package static func hasPrefix(_ text: String, _ word: String) -> Bool { text.utf8.starts(with: word.utf8) }

    /// True when `text` ends with `word` (byte comparison).
    package static func hasSuffix(_ text: String, _ word: String) -> Bool {
        text.utf8.count >= word.utf8.count && text.utf8.suffix(word.utf8.count).elementsEqual(word.utf8)
    }
}
