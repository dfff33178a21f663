/// Reads progress tables written as numbered lists rather than grids: items numbered 1. 2. …,
/// 一、二、… or （一）（二）…, at line starts or run on in one paragraph.
///
/// An item's own text is read by the same roles as a table's columns: labels written inline
/// (牵头单位：… 完成情况：…) are its columns and the text before the first label is the task;
/// an item without labels is a heading (its first line, or the text before its first colon or
/// full stop) followed by its progress. The grid made has a header row of those labels, so the
/// list is parsed like any table. Text before the first item is the page around it.
package enum ListLayoutReader {
    /// Longest text read as a list (lists are pages, not data dumps).
    static let maxCharacters = 4 << 20
    /// The column labels of the lead text and of progress read from an item without labels.
    static let numberLabel = "序号"
    static let taskLabel = "工作任务"
    static let progressLabel = "完成情况"

    /// True when `text` holds a numbered list of two items or more.
    package static func accepts(_ text: String) -> Bool { itemCount(text) >= 2 }

    /// The items of the list `text` holds (0 for a text too long to be read as a list).
    package static func itemCount(_ text: String) -> Int {
        text.count <= maxCharacters ? ListMarkers.items(in: Array(text)).count : 0
    }

    /// The list's items as rows under a header of the labels they use.
    package static func read(_ text: String, file: String = "", limits: ReaderLimits = .default) throws -> CellGrid {
        let characters = Array(text.prefix(maxCharacters))
        let markers = ListMarkers.items(in: characters)
        guard let first = markers.first else { return CellGrid(preamble: lines(characters[...]), rows: []) }
        var items: [(number: String, lead: String, fields: [InlineLabels.Field], line: Int)] = []
        // Line numbers counted once, forward: a long list costs its length, not its square.
        var line = 1
        var counted = 0
        for (index, marker) in markers.enumerated() {
            let end = index + 1 < markers.count ? markers[index + 1].start : characters.count
            let body = Array(characters[marker.contentStart..<end])
            let number = String(characters[marker.start..<marker.contentStart].filter { !".．、 ".contains($0) })
            line += characters[counted..<marker.start].filter(\.isNewline).count
            counted = marker.start
            let (lead, fields) = fieldsOf(body)
            items.append((number, lead, fields, line))
        }
        var labels: [String] = []
        var seen: Set<String> = []
        var grid = GridBuilder.text(file: file, limits: limits)
        for item in items {
            for field in item.fields where seen.insert(field.label).inserted {
                labels.append(field.label)
                try grid.checkWidth(labels.count + 3)
            }
        }
        let hasProgress = labels.contains { ColumnRole.recognise($0) == .progress }
        try grid.appendRow([numberLabel, taskLabel] + labels + (hasProgress ? [] : [progressLabel]), line: 1)
        for item in items {
            var cells = [item.number, item.lead]
            let values = Dictionary(grouping: item.fields, by: \.label)
            for label in labels {
                cells.append((values[label] ?? []).map(\.value).joined(separator: "\n"))
            }
            if !hasProgress { cells.append("") }
            try grid.appendRow(cells, line: item.line)
        }
        return CellGrid(preamble: lines(characters[..<first.start]), rows: grid.finish(), layout: TextLayout.numberedList.rawValue)
    }

    /// The lead (task) text and the labelled fields of one item's text; an item without labels
    /// gives its heading as the lead and the rest as a progress field.
    private static func fieldsOf(_ body: [Character]) -> (String, [InlineLabels.Field]) {
        let (lead, fields) = InlineLabels.split(body)
        if !fields.isEmpty { return (CellText.join(lead.split(whereSeparator: \.isNewline).map(String.init)), fields) }
        let itemLines = lines(body[...])
        let heading: String
        let rest: String
        if itemLines.count >= 2 {
            heading = itemLines[0]
            rest = itemLines.dropFirst().joined(separator: "\n")
        } else if let split = body.firstIndex(where: { $0 == ":" || $0 == "：" }) ?? body.firstIndex(of: "。").map({ $0 + 1 }),
            split < body.count
        {
            heading = InlineLabels.trimmed(body[..<split], brackets: false)
            // `split` is past a full stop, at a colon: the progress starts after the colon or here.
            rest = InlineLabels.trimmed(body[(body[split] == ":" || body[split] == "：" ? split + 1 : split)...], brackets: false)
        } else {
            heading = InlineLabels.trimmed(body[...], brackets: false)
            rest = ""
        }
        return (heading, rest.isEmpty ? [] : [InlineLabels.Field(label: progressLabel, value: rest)])
    }

    private static func lines(_ characters: ArraySlice<Character>) -> [String] {
        String(characters).split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
