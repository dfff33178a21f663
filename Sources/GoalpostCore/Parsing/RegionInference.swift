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
        let characters = Array(text)
        for index in characters.indices where index >= 2 && suffixes.contains(characters[index]) {
            let first = characters[index - 2]
            let second = characters[index - 1]
            guard isHan(first), isHan(second) else { continue }
            let ending = String([second, characters[index]])
            guard !genericEndings.contains(ending) else { continue }
            // 副区长 / 王市长: a title in a leader column, not a place.
            if index + 1 < characters.count, officeTitleEndings.contains(characters[index + 1]) { continue }
            counts[String([first, second, characters[index]]), default: 0] += 1
        }
        return counts.max { rank($0) < rank($1) }?.key
    }

    private static func rank(_ entry: (key: String, value: Int)) -> (Int, Int, String) {
        let suffixRank = suffixes.count - (suffixes.firstIndex(of: entry.key.last!) ?? suffixes.count)
        return (entry.value, suffixRank, entry.key)
    }

    private static func isHan(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value)
    }
}
