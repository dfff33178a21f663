/// Title phrases that tell which month a table reports progress as of (CONTRACTS.md "Period").
package enum PeriodVocabulary {
    /// Phrases and their month, most specific first; the first phrase found in the title wins.
    package static let phrases: [(phrase: String, month: Int)] = [
        ("第四季度", 12), ("四季度", 12), ("全年", 12), ("年度完成", 12),
        ("前三季度", 9), ("三季度", 9), ("第三季度", 9),
        ("上半年", 6), ("半年度", 6), ("半年", 6), ("二季度", 6), ("第二季度", 6),
        ("第一季度", 3), ("一季度", 3),
    ]

    /// The month of a `1-N月` / `1—N月` / `1至N月` span in `title`, if present.
    package static func monthSpan(in title: String) -> Int? {
        let scalars = Array(title)
        for index in scalars.indices where scalars[index] == "1" || scalars[index] == "１" {
            guard index + 2 < scalars.count, "-－—–~～至到".contains(scalars[index + 1]) else { continue }
            var digits = ""
            var cursor = index + 2
            while cursor < scalars.count, let digit = scalars[cursor].wholeNumberValue {
                digits.append(String(digit))
                cursor += 1
            }
            if cursor < scalars.count, scalars[cursor] == "月", let month = Int(digits), (1...12).contains(month) {
                return month
            }
        }
        return nil
    }

    /// The as-of month of a table titled `title`: a month span, a period phrase, else 12 (year-end).
    package static func asOfMonth(title: String) -> Int {
        month(in: title) ?? 12
    }

    /// The month a month span or period phrase in `text` names, or nil when it names none.
    package static func month(in text: String) -> Int? {
        if let month = monthSpan(in: text) { return month }
        return phrases.first { text.contains($0.phrase) }?.month
    }
}
