/// Labels written inline in a list item's text (牵头领导：林静国 责任单位：市交通委 实际完成情况：…):
/// short column labels before a colon, each value running to the next label.
enum InlineLabels {
    /// One labelled value of an item.
    struct Field: Equatable {
        var label: String
        var value: String
    }

    /// Characters after which a label can start.
    static let boundaries: Set<Character> = Set(["\n", "\r", "\r\n"]).union(" \t\u{3000}。；;，,（(）)、")
    /// Words that start a label glued to the text before it (…出行水平主要内容：): the label is
    /// taken from the word on.
    static let qualifiers = ["主要", "实际", "目前", "当前", "年度", "项目", "市级", "区级", "县级", "省级", "牵头", "责任",
                             "配合", "协办", "建设", "工作", "存在", "下步", "下一步", "完成", "进展"]
    /// Longest label, in characters.
    static let maxLabel = 8

    /// The text before the first label, and the labelled fields in order; no fields when the
    /// text has no label.
    static func split(_ text: [Character]) -> (lead: String, fields: [Field]) {
        var starts: [(labelStart: Int, valueStart: Int, label: String)] = []
        for index in text.indices where text[index] == ":" || text[index] == "：" {
            if let label = label(endingBefore: index, in: text) {
                starts.append((index - label.count, index + 1, label))
            }
        }
        guard let first = starts.first else { return (String(text), []) }
        var fields: [Field] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].labelStart : text.count
            fields.append(Field(label: start.label, value: trimmed(text[start.valueStart..<max(start.valueStart, end)])))
        }
        return (trimmed(text[..<first.labelStart]), fields)
    }

    /// The label whose last character is at `colon - 1`: a run of Han characters after a boundary,
    /// or a qualifier-led tail of a longer run, that names a column role other than the task (the
    /// text before the labels is the task; 二期项目：已封顶 is progress, not a column).
    private static func label(endingBefore colon: Int, in text: [Character]) -> String? {
        guard let label = candidate(endingBefore: colon, in: text), ColumnRole.recognise(label) != .task else { return nil }
        return label
    }

    private static func candidate(endingBefore colon: Int, in text: [Character]) -> String? {
        var start = colon
        while start > 0, colon - start < 24, isHan(text[start - 1]) { start -= 1 }
        guard colon - start >= 2 else { return nil }
        let run = String(text[start..<colon])
        if run.count <= maxLabel, start == 0 || boundaries.contains(text[start - 1]), ColumnRole.recognise(run) != nil {
            return run
        }
        for length in stride(from: min(maxLabel, run.count - 1), through: 2, by: -1) {
            let tail = String(run.suffix(length))
            if qualifiers.contains(where: tail.hasPrefix), ColumnRole.recognise(tail) != nil { return tail }
        }
        return nil
    }

    /// `text` without surrounding spaces and the brackets and separators a value leaves behind
    /// ((市级牵头单位：市发展改革委；区级牵头单位：区发改局) gives 市发展改革委 and 区发改局).
    static func trimmed(_ text: ArraySlice<Character>, brackets: Bool = true) -> String {
        let spaces: Set<Character> = [" ", "\t", "\r", "\n", "\r\n", "\u{3000}"]
        let noise = brackets ? spaces.union("；;，,（(）)") : spaces
        let kept = text.drop { noise.contains($0) }.reversed().drop { noise.contains($0) }.reversed()
        return String(kept)
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first?.isHan ?? false
    }
}
