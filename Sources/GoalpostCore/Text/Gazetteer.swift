/// Names of China's provinces, prefectures and county-level divisions (``joinedNames``), to find
/// where a place name starts in text without spaces: 岳阳楼区, not 阳楼区; 临安区 in 杭州市临安区.
package enum Gazetteer {
    /// Every name, as scalars, for lookups by suffix position.
    static let names: Set<String> = Set(joinedNames.split(separator: "|").map(String.init))
    /// The longest name, in scalars.
    static let maxLength: Int = names.map(\.unicodeScalars.count).max() ?? 0
    /// The last two characters of every name (安区 of 临安区): most positions are rejected by this alone.
    static let endings: Set<String> = Set(names.map { String(String.UnicodeScalarView($0.unicodeScalars.suffix(2))) })

    /// The longest known name ending at `end` (inclusive) in `scalars`, if any.
    static func name(endingAt end: Int, in scalars: [Unicode.Scalar]) -> String? {
        guard end >= 1 else { return nil }
        var ending = String.UnicodeScalarView()
        ending.append(contentsOf: scalars[(end - 1)...end])
        guard endings.contains(String(ending)) else { return nil }
        var length = min(maxLength, end + 1)
        while length >= 3 {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[(end - length + 1)...end])
            let candidate = String(view)
            if names.contains(candidate) { return candidate }
            length -= 1
        }
        return nil
    }
}
