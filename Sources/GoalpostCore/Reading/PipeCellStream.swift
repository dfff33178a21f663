/// Pipe captures that write one cell per line (`序号 |`, `牵头单位 |`, …): rows are not on lines of
/// their own, so they are rebuilt from the cell stream.
///
/// A line of pipes only (`|`, `||||`) ends a row where the page wrote one; such tables are
/// hierarchies whose merged cells were dropped, so a shorter row takes its missing leading cells
/// from the row above. Without those lines, a row starts at each next number (``RowNumbering``) after
/// the header. The header is the first run of column labels; when a row of short labels follows
/// it (本月进展情况 over 前期手续 / 在建形象进度), they divide its last label.
enum PipeCellStream {
    enum Item: Equatable {
        case cell(String, line: Int)
        case end
    }

    /// Share of pipe lines holding at most one cell above which a capture is read this way.
    static let minimumShare = 0.7

    /// True when most of `lines` (cells per pipe line) are one cell (`text |`) or pipes only; a
    /// line of several cells with one filled (`| | | more text |`) is a wrapped row, not this.
    static func applies(to lines: [[String]]) -> Bool {
        let single = lines.filter { cells in cells.count <= 1 || cells.allSatisfy(\.isEmpty) }.count
        return lines.count >= 6 && Double(single) >= Double(lines.count) * minimumShare
    }

    /// The header and body rows of the stream of `lines` (cells and source line numbers).
    static func rows(of lines: [(cells: [String], line: Int)]) -> [GridRow] {
        var items: [Item] = []
        for line in lines {
            let filled = line.cells.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            if filled.isEmpty { items.append(.end) } else { items += filled.map { .cell($0, line: line.line) } }
        }
        guard let (header, bodyStart) = header(in: items) else { return [] }
        let body = Array(items[bodyStart...])
        let delimited = body.contains(.end)
        var rows = [header]
        let width = header.cells.count
        let anchor = TableHeader(labels: header.cells)?.columns[.progress] ?? width - 1
        var previous: [String] = []
        for segment in delimited ? segments(body) : numbered(body) where !segment.isEmpty {
            var cells = segment.map(\.text)
            if delimited {
                cells = anchored(cells, at: anchor, width: width, above: previous)
                previous = cells
            }
            rows.append(GridRow(cells: cells, line: segment[0].line))
        }
        return rows
    }

    /// A hierarchy row's cells placed so its last cell is in the `anchor` (progress) column: the
    /// name, owner and progress at the end of every row line up, missing leading cells (merged
    /// into the rows above) are the row above's, and leading cells beyond the first column join it.
    static func anchored(_ cells: [String], at anchor: Int, width: Int, above: [String]) -> [String] {
        var placed = Array(repeating: "", count: width)
        let shift = anchor - (cells.count - 1)
        for (index, cell) in cells.enumerated() {
            let column = index + shift
            if column < 0 {
                placed[0] += (placed[0].isEmpty ? "" : "\n") + cell
            } else if column < width {
                placed[column] = column == 0 && !placed[0].isEmpty ? placed[0] + "\n" + cell : cell
            }
        }
        for column in 0..<max(0, min(shift, width)) where column < above.count { placed[column] = above[column] }
        return placed
    }

    private struct Cell {
        var text: String
        var line: Int
    }

    /// The header row and the index of the first body item.
    private static func header(in items: [Item]) -> (GridRow, Int)? {
        var start = 0
        while start < items.count {
            var labels: [Cell] = []
            var end = start
            while end < items.count, case .cell(let text, let line) = items[end], ColumnRole.isKnownLabel(text) {
                labels.append(Cell(text: text, line: line))
                end += 1
            }
            if labels.count >= 3, TableHeader(labels: labels.map(\.text)) != nil {
                return withSubLabels(labels, after: end, in: items)
            }
            start = max(end, start + 1)
        }
        return nil
    }

    /// The header with a second row of short labels (between two row ends) dividing its last label.
    private static func withSubLabels(_ labels: [Cell], after end: Int, in items: [Item]) -> (GridRow, Int) {
        var index = end
        while index < items.count, items[index] == .end { index += 1 }
        var subLabels: [String] = []
        var cursor = index
        while cursor < items.count, case .cell(let text, _) = items[cursor] {
            subLabels.append(text)
            cursor += 1
        }
        let isSubRow = index > end && cursor < items.count && (2..<labels.count).contains(subLabels.count)
            && subLabels.allSatisfy { ColumnRole.isLabel($0) && !SectionTitle.isNumber($0) }
        guard isSubRow, let last = labels.last else { return (GridRow(cells: labels.map(\.text), line: labels[0].line), end) }
        let cells = labels.dropLast().map(\.text) + subLabels.map { last.text + $0 }
        return (GridRow(cells: cells, line: labels[0].line), cursor)
    }

    /// Cells between row ends.
    private static func segments(_ items: [Item]) -> [[Cell]] {
        var segments: [[Cell]] = [[]]
        for item in items {
            switch item {
            case .end: if !(segments.last?.isEmpty ?? true) { segments.append([]) }
            case .cell(let text, let line): segments[segments.count - 1].append(Cell(text: text, line: line))
            }
        }
        return segments
    }

    /// Cells in rows that start at each next row number.
    private static func numbered(_ items: [Item]) -> [[Cell]] {
        var segments: [[Cell]] = []
        var numbering = RowNumbering()
        for case .cell(let text, let line) in items {
            if numbering.starts(text) || segments.isEmpty {
                segments.append([])
            }
            segments[segments.count - 1].append(Cell(text: text, line: line))
        }
        return segments
    }
}
