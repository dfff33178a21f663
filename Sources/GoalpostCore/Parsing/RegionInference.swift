/// Finds the region a table reports on from its text: the most frequent 区/县/市 name.
package enum RegionInference {
    /// Suffixes of administrative names, in order of preference on a tie (a district beats its city).
    static let suffixes: [Character] = ["区", "县", "市", "旗"]

    /// Two-character endings that make a generic word, not a place (园区, 社区, 城市 …).
    static let genericEndings: Set<String> = [
        "园区", "城区", "景区", "社区", "小区", "街区", "片区", "新区", "山区", "市区", "全区", "我区", "本区",
        "各区", "县区", "范区", "聚区", "能区", "护区", "发区", "展区", "板区", "点区", "分区", "共区",
        "游区", "业区", "住区", "地区", "辖区", "专区", "库区", "矿区", "营区", "施区", "体区", "级区", "验区",
        "城市", "都市", "超市", "全市", "本市", "我市", "各市", "增市", "交市", "级市", "省市", "上市", "门市",
        "点县", "施县", "全县", "本县", "我县", "各县", "强县", "范县", "级县", "区县", "市县",
    ]

    /// Characters that turn 区/县/市 into an office title (区长, 市长, 县长).
    static let officeTitleEndings: Set<Character> = ["长"]

    /// The most frequent place name in `text`, or nil when none occurs.
    package static func region(in text: String) -> String? {
        var counts: [String: Int] = [:]
        // Han characters are single scalars: scanning scalars avoids grapheme breaking over long text.
        let scalars = Array(text.unicodeScalars)
        for index in scalars.indices where index >= 2 && suffixScalars.contains(scalars[index]) {
            let first = scalars[index - 2]
            let second = scalars[index - 1]
            guard isHan(first), isHan(second) else { continue }
            let suffix = Character(scalars[index])
            let ending = String([Character(second), suffix])
            guard !genericEndings.contains(ending) else { continue }
            // 副区长 / 王市长: a title in a leader column, not a place.
            if index + 1 < scalars.count, officeTitleEndings.contains(Character(scalars[index + 1])) { continue }
            counts[String([Character(first), Character(second), suffix]), default: 0] += 1
        }
        return counts.max { rank($0) < rank($1) }?.key
    }

    private static let suffixScalars = Set(suffixes.flatMap(\.unicodeScalars))

    private static func rank(_ entry: (key: String, value: Int)) -> (Int, Int, String) {
        let suffixRank = suffixes.count - (entry.key.last.flatMap { suffixes.firstIndex(of: $0) } ?? suffixes.count)
        return (entry.value, suffixRank, entry.key)
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value)
    }
}
