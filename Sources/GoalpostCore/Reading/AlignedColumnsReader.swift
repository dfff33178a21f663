/// Reads text whose columns are aligned with spaces, as `pdftotext -layout` writes tables.
///
/// The header line gives the columns: names separated by two or more spaces. A text segment
/// belongs to the column whose start is nearest; a segment running over a column start is split
/// at a single space near it. A line with text in the number column starts a row, other lines continue
/// it; without a number column a blank line ends a row. Form feeds and page numbers are dropped.
package enum AlignedColumnsReader {
    /// Columns may start this many characters left of their header.
    static let slack = 2
    /// How far left of a column start a single-space column gap may appear.
    static let drift = 8

    private struct Segment {
        var start: Int
        var text: String
    }

    /// True when a line of `text` is a header of three or more column names separated by wide gaps.
    package static func accepts(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { headerStarts(segments(of: String($0))) != nil }
    }

    /// Splits `text` into preamble lines and rows of cells.
    package static func read(_ text: String, file: String = "", limits: ReaderLimits = .default) throws -> CellGrid {
        var state = State(grid: .text(file: file, limits: limits))
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            try state.consume(String(raw.filter { $0 != "\u{0C}" }), lineNumber: index + 1)
        }
        try state.closeRow()
        return CellGrid(preamble: state.preamble, rows: state.grid.finish())
    }

    private struct State {
        var grid: GridBuilder
        var preamble: [String] = []
        var starts: [Int] = []
        var numberColumn: Int?
        var current: (cells: [[String]], line: Int)?

        mutating func consume(_ line: String, lineNumber: Int) throws {
            let parts = segments(of: line)
            guard !starts.isEmpty else {
                try consumeBeforeHeader(line, parts: parts, lineNumber: lineNumber)
                return
            }
            if parts.isEmpty {
                if numberColumn == nil { try closeRow() }
                return
            }
            if isPageNumber(parts) { return }
            let placed = place(parts, starts: starts)
            let grouping = parts.count == 1
                && (SectionTitle.matches(parts[0].text) || SectionTitle.isSubsection(parts[0].text))
            let standsAlone = grouping || headerStarts(parts) != nil
            let startsRow = numberColumn.map { placed.indices.contains($0) && !placed[$0].isEmpty } == true
            if !standsAlone && !startsRow, var row = current.take() {
                for (column, text) in placed.enumerated() where !text.isEmpty && row.cells.indices.contains(column) {
                    row.cells[column].append(text)
                }
                current = row
                return
            }
            try closeRow()
            current = (placed.map { $0.isEmpty ? [] : [$0] }, lineNumber)
            if standsAlone { try closeRow() }
        }

        private mutating func consumeBeforeHeader(_ line: String, parts: [Segment], lineNumber: Int) throws {
            if let found = headerStarts(parts) {
                try grid.appendRow(parts.map(\.text), line: lineNumber)
                starts = found
                numberColumn = parts.firstIndex { ColumnRole.recognise($0.text) == .number }
            } else if !parts.isEmpty {
                preamble.append(line.trimmingWhitespace())
            }
        }

        mutating func closeRow() throws {
            if let row = current.take() { try grid.appendRow(row.cells.map(CellText.join), line: row.line) }
        }
    }

    /// The line's text runs separated by two or more spaces, with their start offsets.
    private static func segments(of line: String) -> [Segment] {
        var result: [Segment] = []
        var text = ""
        var start = 0
        var spaces = 0
        for (offset, character) in line.enumerated() {
            if character == " " || character == "\t" || character == "\u{3000}" {
                spaces += 1
                continue
            }
            if !text.isEmpty && spaces >= 2 {
                result.append(Segment(start: start, text: text))
                text = ""
            } else if !text.isEmpty && spaces == 1 {
                text += " "
            }
            if text.isEmpty { start = offset }
            text.append(character)
            spaces = 0
        }
        if !text.isEmpty { result.append(Segment(start: start, text: text)) }
        return result
    }

    private static func headerStarts(_ parts: [Segment]) -> [Int]? {
        let roles = parts.compactMap { ColumnRole.recognise($0.text) }
        guard parts.count >= 3, roles.count == parts.count, TableHeader(labels: parts.map(\.text)) != nil else { return nil }
        return parts.map(\.start)
    }

    /// The texts of `parts` by column; segments landing in one column are joined with a space.
    ///
    /// A segment goes to the column whose start is nearest (mixed-width text shifts pdftotext's
    /// positions a little); a segment running over a column start at a single space is split there.
    private static func place(_ parts: [Segment], starts: [Int]) -> [String] {
        // Gathered then joined once: a line of many segments in one column stays linear.
        var cells = Array(repeating: [String](), count: starts.count)
        for part in parts.flatMap({ split($0, at: starts) }) {
            guard let column = starts.indices.min(by: { abs(starts[$0] - part.start) < abs(starts[$1] - part.start) })
            else { continue }
            cells[column].append(part.text)
        }
        return cells.map { $0.joined(separator: " ") }
    }

    private static func split(_ part: Segment, at starts: [Int]) -> [Segment] {
        let characters = Array(part.text)
        for start in starts where start > part.start + slack && start <= part.start + characters.count + 1 {
            // Narrow glyphs (digits, quotes) pull pdftotext's positions left of the column start.
            let near = (start - part.start - drift)...(start - part.start + 1)
            guard let space = near.reversed().first(where: { $0 > 0 && $0 < characters.count && characters[$0] == " " })
            else {
                continue
            }
            let head = Segment(start: part.start, text: String(characters[..<space]))
            let tail = Segment(start: part.start + space + 1, text: String(characters[(space + 1)...]))
            return [head] + split(tail, at: starts)
        }
        return [part]
    }

    /// "1", "- 2 -", "第 3 页", "3/12": a page number line.
    private static func isPageNumber(_ parts: [Segment]) -> Bool {
        guard parts.count == 1 else { return false }
        let text = parts[0].text.filter { !" -—/第页共".contains($0) }
        return !text.isEmpty && text.allSatisfy(\.isNumber) && parts[0].text.count <= 12 && parts[0].start > 20
    }
}
