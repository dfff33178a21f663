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

        var cell: Cell? {
            if case .cell(let text, let line) = self { return Cell(text: text, line: line) }
            return nil
        }
    }

    /// Share of pipe lines holding at most one cell above which a capture is read this way.
    static let minimumShare = 0.7

    /// True when most of `lines` (cells per pipe line) are one cell (`text |`) or pipes only; a
    /// line of several cells with one filled (`| | | more text |`) is a wrapped row, not this.
    static func applies(to lines: [[String]]) -> Bool {
        let single = lines.filter { cells in cells.count <= 1 || cells.allSatisfy(\.isEmpty) }.count
        return lines.count >= 6 && Double(single) >= Double(lines.count) * minimumShare
    }

    /// The header and body rows of the stream of `lines` (cells, source line numbers, pipes).
    static func rows(of lines: [(cells: [String], line: Int, pipes: Int)]) -> [GridRow] {
        var items: [Item] = []
        var empties: [Int: Int] = [:]
        for line in lines {
            let filled = line.cells.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            if filled.isEmpty {
                empties[items.count] = max(1, line.pipes)
                items.append(.end)
            } else {
                items += filled.map { .cell($0, line: line.line) }
            }
        }
        guard let (header, bodyStart) = header(in: items) else { return [] }
        let width = header.cells.count
        let body = Array(items[bodyStart...])
        // Rows that start with their number (1, 2 …): a line of pipes is that many empty cells.
        if TableHeader(labels: header.cells)?.roles.first == .number, case .cell(let first, _)? = body.first,
            RowNumbering().wouldStart(first)
        {
            let cells = body.enumerated().flatMap { offset, item -> [Cell] in
                switch item {
                case .cell(let text, let line): return [Cell(text: text, line: line)]
                case .end: return Array(repeating: Cell(text: "", line: 0), count: empties[bodyStart + offset] ?? 1)
                }
            }
            return [header] + numbered(cells, width: width).map { GridRow(cells: fitted($0.map(\.text), width: width), line: $0[0].line) }
        }
        let delimited = body.contains(.end)
        var rows = [header]
        let anchor = TableHeader(labels: header.cells)?.columns[.progress] ?? width - 1
        var previous: [String] = []
        for segment in delimited ? segments(body) : numbered(body.compactMap(\.cell), width: width) where !segment.isEmpty {
            var cells = segment.map(\.text)
            if delimited {
                cells = anchored(cells, at: anchor, width: width, above: previous)
                previous = cells
            }
            rows.append(GridRow(cells: cells, line: segment[0].line))
        }
        return rows
    }

    /// A row of more cells than the header (sub-rows of one numbered row) with the extra cells
    /// joined into its last cell.
    private static func fitted(_ cells: [String], width: Int) -> [String] {
        guard cells.count > width, width >= 1 else { return cells }
        let extra = cells[(width - 1)...].filter { !$0.isEmpty }.joined(separator: "\n")
        return Array(cells.prefix(width - 1)) + [extra]
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

    struct Cell {
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

    /// Cells in rows that start at each next row number, once a row has most of its cells (a
    /// figure such as 73 in a row's cells is no row number).
    private static func numbered(_ cells: [Cell], width: Int) -> [[Cell]] {
        var segments: [[Cell]] = []
        var numbering = RowNumbering()
        for cell in cells {
            let full = segments.last.map { $0.count >= max(1, width - 2) } ?? true
            if segments.isEmpty || (full && numbering.wouldStart(cell.text)) {
                _ = numbering.starts(cell.text)
                segments.append([])
            }
            segments[segments.count - 1].append(cell)
        }
        return segments
    }
}
