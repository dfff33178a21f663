/// Recognises section rows: a Chinese ordinal followed by 、 (一、以更强的定力促产兴业…),
/// sub-section rows (（一）…) and cells that are only a task number (12, (一), 3.).
package enum SectionTitle {
    /// Chinese numerals used in ordinals.
    static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// Opening brackets of （一） and (1), full- and half-width.
    static let openers: Set<Character> = ["（", "("]
    /// Closing brackets of （一） and (1), full- and half-width.
    static let closers: Set<Character> = ["）", ")"]

    /// True when `text` starts with a Chinese ordinal and 、.
    package static func matches(_ text: String) -> Bool {
        let prefix = text.prefix { numerals.contains($0) }
        guard !prefix.isEmpty, prefix.count <= 3 else { return false }
        let rest = text.dropFirst(prefix.count)
        return rest.first == "、" || rest.first == "."
    }

    /// True when `text` starts with a bracketed Chinese ordinal and goes on: （一）推动产业升级.
    package static func isSubsection(_ text: String) -> Bool {
        guard let first = text.first, openers.contains(first) else { return false }
        let inner = text.dropFirst().prefix { numerals.contains($0) }
        guard !inner.isEmpty, inner.count <= 3 else { return false }
        let rest = text.dropFirst(1 + inner.count)
        guard let close = rest.first, closers.contains(close) else { return false }
        return !rest.dropFirst().trimmingWhitespace().isEmpty
    }

    /// True when `text` is only a task number as tables write them: 12, １２, 12., (一), （3）, 一.
    package static func isNumber(_ text: String) -> Bool {
        var core = Substring(text.trimmingWhitespace())
        if let first = core.first, openers.contains(first), let last = core.last, closers.contains(last) {
            core = core.dropFirst().dropLast()
        } else if let last = core.last, ".．、".contains(last) {
            core = core.dropLast()
        }
        guard !core.isEmpty, core.count <= 4 else { return false }
        return core.allSatisfy { $0.wholeNumberValue != nil || numerals.contains($0) }
    }
}
