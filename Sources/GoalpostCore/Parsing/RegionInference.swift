/// Finds the region a table reports on from its text.
///
/// Names are known divisions (``Gazetteer``: 岳阳楼区, 福建省) or, for names it does not hold
/// (renamed or new ones), two characters before 区/县/市/旗 that do not make a generic word.
/// Towns and townships (大陈乡, 长堎街道) count only where a headline names them as the issuer,
/// and a page label (来源:, 发布机构:) can name a body (福州市园林中心).
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

    /// Characters that do not start a place name (及县, 和市, 全区, 按照市委): words around a generic 区/县/市.
    static let functionCharacters: Set<Character> = Set("及和与的全各本我该在对为到从向由把被将给等是了其按照依据根经")
    /// Characters that turn 区/县/市 into an office title (区长, 市长, 县长).
    static let officeTitleEndings: Set<Character> = ["长"]
    /// Characters after 区/县/市 that can make it part of another word (贯彻市委, 推进县域, 市场, 品质县中, 区块): a
    /// name the gazetteer does not hold must occur twice without one (临安区 beside 临安区政府).
    static let wordEndings: Set<Character> = Set("委政级域内直属民场县区镇乡第十中块")
    /// Suffixes of towns, townships and sub-districts, trusted only in headlines and page labels.
    static let townSuffixes = ["街道", "乡", "镇"]
    /// Labels of the page line that names the issuing office.
    static let sourceLabels = ["来源", "发布机构", "发布单位", "信息来源", "发文机关"]
    /// Endings of a government's own offices: the label names the place, not a body.
    package static let governmentOffices = [
        "人民政府办公厅", "人民政府办公室", "人民政府", "政府办公厅", "政府办公室", "政府办", "政府", "办公室",
    ]
    /// Most text scanned for names: a long table's first part names its region as often as all of it.
    static let maxScanned = 1 << 20

    /// The most frequent place name in `text` (a known division wins a tie) named at least
    /// `minimumCount` times, or nil; a name the
    /// gazetteer does not hold must occur twice where no word goes on from it (完成县 in
    /// 完成县中崛起 and 贯彻市 in 贯彻市委 are no places).
    package static func region(in text: String, minimumCount: Int = 1) -> String? {
        var counts: [Place: Int] = [:]
        var clean: [String: Int] = [:]
        for place in places(in: SimplifiedChinese.simplified(String(text.unicodeScalars.prefix(maxScanned)))) {
            counts[Place(name: place.name, known: place.known), default: 0] += 1
            if place.clean { clean[place.name, default: 0] += 1 }
        }
        return counts.filter { $0.value >= minimumCount && ($0.key.known || clean[$0.key.name, default: 0] >= 2) }
            .max { rank($0) < rank($1) }?.key.name
    }

    /// The region a table's own text names: a name it gives twice or more, or one it gives once
    /// when the text does not speak of itself as another level (a district's table saying 区政府
    /// does not report on the city in 南昌市政大道房地产有限公司).
    package static func bodyRegion(in body: String, title: String = "") -> String? {
        if let region = region(in: body, minimumCount: 2) { return region }
        guard let single = region(in: body) else { return nil }
        // The title speaks for the table too (…涉我区工作任务: a 平阳县 school in a row is a partner).
        guard let level = selfLevel(in: title + "\n" + body) else { return single }
        return single.hasSuffix(level) ? single : nil
    }

    /// The level a text speaks of itself as (全区, 我县, 区政府, 县委, 市级): the most frequent.
    static func selfLevel(in text: String) -> String? {
        let text = SimplifiedChinese.simplified(String(text.unicodeScalars.prefix(maxScanned)))
        var counts: [String: Int] = [:]
        for match in text.matches(of: #/[全我本](区|县|市|乡|镇)|(区|县|市|乡|镇)(?:政府|委|级|直)/#) {
            if let level = match.1 ?? match.2 { counts[String(level), default: 0] += 1 }
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The first place a headline names: a division, a town before 人民政府/政府 or after the year,
    /// or a placeholder of an anonymised template (XX县).
    package static func headlineRegion(in headline: String) -> String? {
        let text = SimplifiedChinese.simplified(headline)
        var found: [(offset: Int, name: String)] = []
        if let town = text.firstMatch(of: #/(?:^|年|关于)([\p{Han}]{2,4}?(?:街道|乡|镇))(?:人民政府|政府|党委|人大|\d|民生|重点|为民)/#) {
            found.append((text.unicodeScalars.distance(from: text.startIndex, to: town.1.startIndex), String(town.1)))
        }
        // A development zone issuing its own table (高新区, 经开区) names itself at the start.
        if let zone = text.firstMatch(of: #/^(?:\d{4}\s*年度?)?([\p{Han}]{0,4}(?:高新区|经开区|开发区|新区))/#) {
            found.append((text.unicodeScalars.distance(from: text.startIndex, to: zone.1.startIndex), String(zone.1)))
        }
        if let placeholder = text.firstMatch(of: #/(?:^|关于|年)((?:[A-Z]{2}|某某)(?:区|县|市))/#) {
            found.append((text.unicodeScalars.distance(from: text.startIndex, to: placeholder.1.startIndex), String(placeholder.1)))
        }
        // A name the gazetteer does not hold counts where a headline names its issuer: at the
        // start, after the year or 关于 (临安区政府工作报告), or where no word goes on from it.
        let scalars = Array(text.unicodeScalars)
        if let division = places(in: text).first(where: { place in
            place.known || place.clean || place.offset == 0 || "年月度于《".unicodeScalars.contains(scalars[place.offset - 1])
        }) {
            found.append((division.offset, division.name))
        }
        return found.min { $0.offset < $1.offset }?.name
    }

    /// The office a page label (来源：福州市园林中心) names: its place when it is a government
    /// office (来源：杭州市临安区人民政府 gives 临安区), else the body itself; nil when the label names no place.
    package static func sourceRegion(in lines: [String]) -> String? {
        for line in lines {
            let text = SimplifiedChinese.simplified(line)
            for label in sourceLabels {
                guard let value = labelValue(label, in: text), let place = places(in: value).last(where: \.known),
                    let first = places(in: value).first, first.known, value.hasPrefix(first.name)
                else { continue }
                let office = governmentOffices.first { value.hasSuffix($0) }
                if office != nil || value.hasSuffix(place.name) { return place.name }
                return value
            }
        }
        return nil
    }

    /// The text after `label` and a colon, up to the next space.
    private static func labelValue(_ label: String, in text: String) -> String? {
        guard let range = text.range(of: label) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\u{3000}" }
        guard let colon = rest.first, colon == ":" || colon == "：" else { return nil }
        let value = rest.dropFirst().drop { $0 == " " || $0 == "\u{3000}" }.prefix { !$0.isWhitespace }
        return value.count >= 3 && value.count <= 30 ? String(value) : nil
    }

    private struct Place: Hashable {
        var name: String
        var known: Bool
        /// False where the next character may make it part of another word (市委, 县域).
        var clean = true
        /// Scalar offset of the name's first character in the text.
        var offset = 0
    }

    /// Place names in `text` in order: known divisions, else two characters before 区/县/市/旗,
    /// which count as known when they follow a known division (临安区 in 杭州市临安区: the
    /// gazetteer predates some renamings).
    private static func places(in text: String) -> [Place] {
        let scalars = Array(text.unicodeScalars)
        var found: [Place] = []
        var lastKnownEnd = -2
        for index in scalars.indices {
            if let name = Gazetteer.name(endingAt: index, in: scalars) {
                if !isOfficeTitle(scalars, after: index) {
                    found.append(Place(name: name, known: true, offset: index + 1 - name.unicodeScalars.count))
                }
                lastKnownEnd = index
                continue
            }
            guard index >= 2, suffixScalars.contains(scalars[index]) else { continue }
            let first = scalars[index - 2]
            let second = scalars[index - 1]
            guard first.isHan, second.isHan, !functionCharacters.contains(Character(first)),
                !functionCharacters.contains(Character(second))
            else { continue }
            let ending = String([Character(second), Character(scalars[index])])
            guard !genericEndings.contains(ending), !isOfficeTitle(scalars, after: index) else { continue }
            let name = String([Character(first), Character(second), Character(scalars[index])])
            let clean = index + 1 >= scalars.count || !wordEndings.contains(Character(scalars[index + 1]))
            found.append(Place(name: name, known: lastKnownEnd == index - 3, clean: clean, offset: index - 2))
        }
        return found
    }

    /// 副区长 / 王市长: a title in a leader column, not a place.
    private static func isOfficeTitle(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        index + 1 < scalars.count && officeTitleEndings.contains(Character(scalars[index + 1]))
    }

    private static let suffixScalars = Set(suffixes.flatMap(\.unicodeScalars))

    private static func rank(_ entry: (key: Place, value: Int)) -> (Int, Int, Int, String) {
        let suffixRank = suffixes.count - (entry.key.name.last.flatMap { suffixes.firstIndex(of: $0) } ?? suffixes.count)
        return (entry.value, suffixRank, entry.key.known ? 1 : 0, entry.key.name)
    }
}
