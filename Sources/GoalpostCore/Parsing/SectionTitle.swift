/// Recognises section rows: a Chinese ordinal followed by 、 (一、以更强的定力促产兴业…).
package enum SectionTitle {
    static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// True when `text` starts with a Chinese ordinal and 、.
    package static func matches(_ text: String) -> Bool {
        let prefix = text.prefix { numerals.contains($0) }
        guard !prefix.isEmpty, prefix.count <= 3 else { return false }
        let rest = text.dropFirst(prefix.count)
        return rest.first == "、" || rest.first == "."
    }
}
