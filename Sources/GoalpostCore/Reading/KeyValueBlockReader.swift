/// Reads tables transposed into one key/value block per project, one cell per line: a label
/// (its characters spread over lines and spaces: 项 目 / 名 称), then its value, then the next
/// label (进 展 / 情 况), … and the next project's block starting with the first label again.
///
/// Labels are lines (up to three joined) that read as column labels; a value runs to the next
/// label, except that a short-answer column (进度是否滞后: 否) takes one line, so a block's title
/// line after it is not taken for its answer. Each block is a row under a header of the labels.
package enum KeyValueBlockReader {
    /// Longest line that is a label alone, and longest fragment of a label spread over lines.
    static let maxLabelLength = 12
    static let maxFragment = 4
    /// Most lines joined into one label (存 在 / 困 难 / 和问题).
    static let maxLabelLines = 3
    /// Answers of short-answer columns, never part of a label.
    static let shortAnswers: Set<String> = ["滞后", "正常", "超前", "完成", "已完成", "未完成", "达序", "序时", "没有"]

    private struct Line {
        var text: String
        var number: Int
    }

    private enum Item {
        case label(String, line: Int)
        case value(String)
    }

    /// True when `text` has blocks with a task label and a progress label.
    package static func accepts(_ text: String) -> Bool {
        let labels = items(in: lines(of: text)).compactMap { item -> ColumnRole? in
            if case .label(let label, _) = item { return ColumnRole.recognise(label) }
            return nil
        }
        return labels.contains(.task) && labels.contains(.progress)
    }

    /// How many blocks `text` holds: the times its first label opens one.
    package static func blockCount(_ text: String) -> Int {
        let all = items(in: lines(of: text))
        guard let opening = all.lazy.compactMap({ item -> String? in
            if case .label(let label, _) = item { return label }
            return nil
        }).first else { return 0 }
        return all.filter { if case .label(let label, _) = $0 { label == opening } else { false } }.count
    }

    /// One row per block under a header of every label the blocks use.
    package static func read(_ text: String, file: String = "", limits: ReaderLimits = .default) throws -> CellGrid {
        let all = items(in: lines(of: text))
        guard let firstLabel = all.firstIndex(where: { if case .label = $0 { true } else { false } }),
            case .label(let opening, _) = all[firstLabel]
        else {
            return CellGrid(preamble: [], rows: [], layout: TextLayout.keyValueBlocks.rawValue)
        }
        var preamble = all[..<firstLabel].compactMap { item -> String? in
            if case .value(let text) = item { return text }
            return nil
        }
        var blocks: [(line: Int, fields: [(String, String)])] = []
        var labels: [String] = []
        var seen: Set<String> = []
        var grid = GridBuilder.text(file: file, limits: limits)
        var current: String?
        for item in all[firstLabel...] {
            switch item {
            case .label(let label, let line):
                if label == opening || blocks.isEmpty { blocks.append((line, [])) }
                if seen.insert(label).inserted {
                    labels.append(label)
                    try grid.checkWidth(labels.count)
                }
                current = label
            case .value(let text):
                // A line no label claims (a block's title, the page footer) is page text.
                guard let label = current, let last = blocks.indices.last else {
                    preamble.append(text)
                    continue
                }
                blocks[last].fields.append((label, text))
                if isShortAnswer(label) { current = nil }
            }
        }
        try grid.appendRow(labels, line: blocks.first?.line ?? 1)
        for block in blocks {
            let values = Dictionary(grouping: block.fields, by: \.0)
            let cells = labels.map { label in (values[label] ?? []).map(\.1).joined(separator: "\n") }
            try grid.appendRow(cells, line: block.line)
        }
        return CellGrid(preamble: preamble, rows: grid.finish(), layout: TextLayout.keyValueBlocks.rawValue)
    }

    /// A column answered in a word or two (进度是否滞后: 否).
    private static func isShortAnswer(_ label: String) -> Bool {
        ColumnRole.recognise(label) == .verdict
    }

    private static func lines(of text: String) -> [Line] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().compactMap { index, raw in
            let text = raw.trimmingWhitespace()
            return text.isEmpty ? nil : Line(text: text, number: index + 1)
        }
    }

    /// The lines as labels and values: a label is one to three short lines whose joined text is a
    /// known column label; consecutive value lines stay separate items.
    private static func items(in lines: [Line]) -> [Item] {
        var items: [Item] = []
        var index = 0
        while index < lines.count {
            if let (label, count) = label(at: index, in: lines) {
                items.append(.label(label, line: lines[index].number))
                index += count
            } else {
                items.append(.value(lines[index].text))
                index += 1
            }
        }
        return items
    }

    /// The label starting at line `index` and how many lines it takes: the longest join of two or
    /// three short fragments (项 目 / 名 称, 存 在 / 困 难 / 和问题) that is a known label, else the
    /// line alone when it is one (项目名称, 进 度是 否滞 后). A one-character line (无, 否) is an answer.
    private static func label(at index: Int, in lines: [Line]) -> (String, Int)? {
        let parts = lines[index..<min(lines.count, index + maxLabelLines)].map { CellText.squeezed($0.text) }
        guard let first = parts.first else { return nil }
        // A unit's name or a progress word is an answer, and a whole label on the next line starts
        // a label of its own (区住建局 / 项目名称 is an owner, then the next block).
        if (2...maxFragment).contains(first.count), !shortAnswers.contains(first), !CellKind.isUnit(first), !CellKind.isProgress(first) {
            var joined = first
            var best: (String, Int)?
            for (offset, part) in parts.enumerated().dropFirst() {
                guard (2...maxFragment).contains(part.count), !shortAnswers.contains(part),
                    part.count < maxFragment || ColumnRole.recognise(part) == nil
                else { break }
                joined += part
                if ColumnRole.isKnownLabel(joined) { best = (joined, offset + 1) }
            }
            if let best { return best }
        }
        return first.count <= maxLabelLength && ColumnRole.isKnownLabel(first) ? (first, 1) : nil
    }
}
