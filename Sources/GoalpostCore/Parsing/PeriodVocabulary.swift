/// How a page states the month its progress is reported as of (CONTRACTS.md "Period").
///
/// Periods are read only where a page states them: a period phrase (一季度, 上半年, 前三季度, 全年),
/// a month span (1-8月, 1—6月份), a cut-off (截至4月10日, 截至10月底), a headline's month (2023年10月份,
/// 2024年4月…汇总表, (11月份)), or a headline that gives an account of a whole year (2020年…完成情况,
/// 关于2021年…实施情况的通报). A page that states none has no month; it is never guessed.
package enum PeriodVocabulary {
    /// Phrases and their month, most specific first; the first phrase found wins.
    package static let phrases: [(phrase: String, month: Int)] = [
        ("第四季度", 12), ("四季度", 12), ("全年", 12), ("年度完成", 12), ("年终", 12), ("年底", 12),
        ("前三季度", 9), ("三季度", 9), ("第三季度", 9),
        ("上半年", 6), ("半年度", 6), ("半年", 6), ("二季度", 6), ("第二季度", 6),
        ("第一季度", 3), ("一季度", 3),
    ]

    /// Words of a headline that gives a year's account (完成情况); 进展/进度/推进 mean mid-year progress.
    static let accountWords = ["完成情况", "实施情况", "落实情况", "执行情况", "完成结果", "全面完成", "如期完成", "圆满完成"]
    static let progressWords = ["进展", "进度", "推进", "督办", "本月"]

    /// Longest text looked at: headlines and page lines are short, prose is cut.
    static let maxText = 600

    /// The month a month span, cut-off or period phrase in `text` names, or nil when it names none.
    package static func month(in text: String) -> Int? {
        let text = SimplifiedChinese.simplified(String(text.prefix(maxText)))
        return monthSpan(in: text) ?? cutOffMonth(in: text) ?? phrases.first { text.contains($0.phrase) }?.month
    }

    /// The month a headline (a title) states: ``statedMonth(inHeadline:)``, else 12 when it gives
    /// a year's account.
    package static func headlineMonth(in headline: String) -> Int? {
        statedMonth(inHeadline: headline) ?? yearAccountMonth(in: headline)
    }

    /// The month a headline states: as ``month(in:)``, else a month it names (2023年10月份, 2024年4月…).
    package static func statedMonth(inHeadline headline: String) -> Int? {
        let text = SimplifiedChinese.simplified(String(headline.prefix(maxText)))
        return month(in: text) ?? namedMonth(in: text)
    }

    /// 12 when a headline gives a year's account (2020年…完成情况), else nil.
    package static func yearAccountMonth(in headline: String) -> Int? {
        isYearAccount(SimplifiedChinese.simplified(String(headline.prefix(maxText)))) ? 12 : nil
    }

    /// The month the items of a table open their progress with (截至6月30日…, 上半年…), when at
    /// least two lines of `body` do and two thirds of them agree.
    package static func itemsMonth(in body: String) -> Int? {
        var months: [Int: Int] = [:]
        var stated = 0
        for line in body.split(whereSeparator: \.isNewline).prefix(maxItemLines) {
            guard let month = month(in: String(line.trimmingWhitespace().prefix(openingLength))) else { continue }
            months[month, default: 0] += 1
            stated += 1
        }
        guard stated >= 2, let top = months.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
              top.value * 3 >= stated * 2 else { return nil }
        return top.key
    }

    /// How much of a line's opening can state its period (截至2023年6月30日, 上半年).
    static let openingLength = 12
    /// Most lines of a table looked at for the period its items state.
    static let maxItemLines = 2_000

    /// The month of a `1-N月` / `1—N月` / `1至N月` span in `text`, if present.
    package static func monthSpan(in text: String) -> Int? {
        guard let match = text.firstMatch(of: #/(?:^|\D)[1１]\s*[-－—–~～至到]\s*(\d{1,2})\s*月/#) else { return nil }
        return validMonth(match.1)
    }

    /// The month of a cut-off: 截至4月10日, 截止10月底, 截至2023年6月.
    static func cutOffMonth(in text: String) -> Int? {
        guard let match = text.firstMatch(of: #/截[至止](?:\d{4}\s*年)?\s*(\d{1,2})\s*月/#) else { return nil }
        return validMonth(match.1)
    }

    /// A month a headline names: 10月份, 2024年4月 (not a date: 2021年08月03日).
    static func namedMonth(in text: String) -> Int? {
        if let match = text.firstMatch(of: #/(?:^|\D)(\d{1,2})\s*月份/#) { return validMonth(match.1) }
        guard let match = text.firstMatch(of: #/\d{4}\s*年\s*(\d{1,2})\s*月(?![\d日号])/#) else { return nil }
        return validMonth(match.1)
    }

    /// True when `text` gives a year's account (2020年…完成情况) without a word of mid-year
    /// progress (进展情况, 进度表).
    static func isYearAccount(_ text: String) -> Bool {
        return accountWords.contains(where: text.contains) && !progressWords.contains(where: text.contains)
    }

    private static func validMonth(_ digits: Substring) -> Int? {
        Int(digits).flatMap { (1...12).contains($0) ? $0 : nil }
    }
}

extension PeriodVocabulary {
    /// Tokens of file and folder names and their month: q1-q4, h1/h2, m1-m12, annual.
    static let nameTokens: [String: Int] = {
        var tokens: [String: Int] = ["h1": 6, "h2": 12, "annual": 12, "yearend": 12]
        for quarter in 1...4 { tokens["q\(quarter)"] = quarter * 3 }
        for month in 1...12 { tokens["m\(month)"] = month }
        return tokens
    }()

    /// The month a file or folder name states: a Chinese phrase as in a title (上半年, 1-6月), or a
    /// token between separators (2023-q2.txt, linan-h1, 2024-m4, annual).
    package static func nameMonth(in name: String) -> Int? {
        if let month = month(in: name) { return month }
        let tokens = name.lowercased().split { !$0.isLetter && !$0.isNumber }
        return tokens.lazy.compactMap { nameTokens[String($0)] }.first
    }
}
