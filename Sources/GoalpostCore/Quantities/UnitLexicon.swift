/// The unit lexicon (计量单位): written forms, their canonical unit and family.
///
/// Data, not code: add a row to teach the extractor a unit. Longest written form wins.
package enum UnitLexicon {
    /// One written unit form.
    package struct Entry: Sendable {
        /// The form as written in the text (吨标准煤, 个百分点, ％ …).
        package var written: String
        /// The canonical unit stored on a quantity (吨标煤, 百分点, % …).
        package var canonical: String
        /// The family used when pairing figures (count, area, money …).
        package var family: String
        /// Whether a Chinese numeral may precede it (一次性 and 一期 are not quantities).
        package var allowsChineseNumeral: Bool
        /// Characters that, right after the unit, show it is part of another word (户外, 一次性).
        package var notFollowedBy: String
    }

    /// The canonical unit 方 resolves to when its subject is earth or water.
    package static let cubicMetre = "立方米"
    /// The canonical unit 方 resolves to otherwise (floor space).
    package static let squareMetre = "平方米"
    /// The written form whose meaning depends on the subject.
    package static let ambiguousCubic = "方"

    /// Subject words that make 方 a volume (立方米) rather than floor space.
    package static let volumeSubjects = ["开挖", "土方", "土石", "石方", "外运", "清淤", "水", "库容", "蓄", "砂", "混凝土", "渣"]

    private static func counter(
        _ written: String, _ family: String = "count", chinese: Bool = true, not: String = ""
    ) -> Entry {
        Entry(written: written, canonical: written, family: family, allowsChineseNumeral: chinese, notFollowedBy: not)
    }

    private static func unit(_ written: String, _ canonical: String, _ family: String, not: String = "") -> Entry {
        Entry(written: written, canonical: canonical, family: family, allowsChineseNumeral: true, notFollowedBy: not)
    }

    /// Every known unit form, longest first.
    package static let entries: [Entry] = (counters + measures).sorted { $0.written.count > $1.written.count }

    // The written forms as characters, in `entries` order, so matching allocates nothing.
    private static let writtenCharacters: [[Character]] = entries.map { Array($0.written) }

    /// Counters (量词) of things, people and events.
    private static let counters: [Entry] = [
        counter("个", not: "性人体"), counter("家", not: "庭乡园具"), counter("项"), counter("座"), counter("所"),
        counter("宗"), counter("条"), counter("处"), counter("户", "households", not: "外籍型口"),
        counter("人", "people", not: "民才员"), counter("人次", "visits"), counter("名", "people", not: "单"), counter("张"), counter("头"), counter("场", "events", not: "所地景馆"),
        counter("场次", "events"), counter("批次", "events"), counter("家次", "visits"), counter("次", "events", not: "性"), counter("幢"), counter("栋"),
        counter("辆"), counter("篇"), counter("例"), counter("台"), counter("套"), counter("只"), counter("株"),
        counter("间"), counter("支", not: "持出部付撑柱"), counter("期", chinese: false), counter("届", chinese: false),
        counter("件"), counter("份"), counter("部"), counter("本"), counter("位"), counter("床"), counter("棵"),
    ]

    /// Measures: area, length, volume, mass, energy, money, ratios.
    private static let measures: [Entry] = [
        unit("亩", "亩", "area"), unit("公顷", "公顷", "area"), unit("平方米", "平方米", "area"),
        unit("平方公里", "平方公里", "area"), unit("㎡", "平方米", "area"), unit("方", "方", "area", not: "面案式法向位"),
        unit("立方米", "立方米", "volume"), unit("公里", "公里", "length"), unit("千米", "公里", "length"),
        unit("米", "米", "length", not: "粒"), unit("延米", "米", "length"),
        unit("吨标准煤", "吨标煤", "energy"), unit("吨标煤", "吨标煤", "energy"), unit("吨", "吨", "mass"),
        unit("千克", "千克", "mass"), unit("公斤", "千克", "mass"), unit("斤", "斤", "mass"),
        unit("千瓦时", "千瓦时", "electricity"), unit("度电", "千瓦时", "electricity"), unit("千瓦", "千瓦", "power"),
        unit("兆瓦", "兆瓦", "power"), unit("元", "元", "money"), unit("美元", "美元", "usd"),
        unit("微克/立方米", "微克/立方米", "concentration"), unit("%", "%", "percent"), unit("％", "%", "percent"), unit("‰", "‰", "permille"),
        unit("个百分点", "百分点", "points"), unit("百分点", "百分点", "points"), unit("张床位", "张", "count"),
        unit("个工作日", "工作日", "duration"), unit("工作日", "工作日", "duration"), unit("个月", "月", "months"),
        unit("小时", "小时", "hours"), unit("分钟", "分钟", "minutes"), unit("天", "天", "days", not: "目然地下津"),
    ]

    /// The entry written at `index`, if any, honouring each entry's exclusions.
    package static func match(in chars: [Character], at index: Int, chineseNumeral: Bool) -> Entry? {
        guard index < chars.count else { return nil }
        for (entry, written) in zip(entries, writtenCharacters) where entry.allowsChineseNumeral || !chineseNumeral {
            guard written[0] == chars[index], index + written.count <= chars.count,
                  chars[index..<index + written.count].elementsEqual(written) else { continue }
            let after = index + written.count
            if after < chars.count, entry.notFollowedBy.contains(chars[after]) { continue }
            return entry
        }
        return nil
    }

    /// The canonical unit of percentage points (个百分点), never the same as percent.
    package static let percentagePoints = "百分点"

    /// The entry of the percent sign, the unit of 百分之… numbers.
    package static let percent = entries.first { $0.written == "%" }

    /// The family of a canonical unit ("" for unknown units).
    package static func family(of canonical: String) -> String {
        if canonical == cubicMetre { return "volume" }
        return entries.first { $0.canonical == canonical }?.family ?? ""
    }
}
