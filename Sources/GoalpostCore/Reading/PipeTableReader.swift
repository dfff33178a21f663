/// Reads pipe-separated rows (`| 1 | 扩空间 | … |`, or `1 | 扩空间 | … |` without the outer pipe) and Markdown tables.
///
/// Separator lines (`|---|:--:|`, `+----+`) are skipped; `<br>` in a cell is a line break. A wrapped
/// row continues on lines with fewer cells or an empty number (else task) cell: such a line's cells are
/// appended to the row above, column by column. A shorter line that starts with its number (a number
/// cell, or in a table without one a task cell opening 15.推进…) is a row whose merged cell the page
/// dropped, not a continuation. A last line without its closing `|` is a row
/// cut off by a truncated capture and stays a row of its own. Other lines are preamble.
package enum PipeTableReader {
    private struct Line {
        var cells: [String]
        var closed: Bool
        var number: Int
        /// Pipes on the line: how many empty cells a line of pipes only writes.
        var pipes: Int
    }

    /// Splits `text` into preamble lines and rows of cells.
    package static func read(_ text: String, file: String = "", limits: ReaderLimits = .default) throws -> CellGrid {
        var grid = GridBuilder.text(file: file, limits: limits)
        var notes: [(text: String, line: Int)] = []
        var lines: [Line] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = raw.trimmingWhitespace()
            if trimmed.hasPrefix("+") && trimmed.allSatisfy({ "+-=".contains($0) }) { continue }
            guard isPipeLine(trimmed) else {
                if !trimmed.isEmpty { notes.append((trimmed, index + 1)) }
                continue
            }
            let line = parse(trimmed, number: index + 1)
            try grid.checkWidth(line.cells.count)
            if !isSeparator(line.cells) { lines.append(line) }
        }
        // Tables written without closing pipes cannot show a cut row by a missing one.
        if lines.filter(\.closed).count * 2 < lines.count {
            for index in lines.indices { lines[index].closed = true }
        }
        if PipeCellStream.applies(to: lines.map(\.cells)) {
            let rows = PipeCellStream.rows(of: lines.map { ($0.cells, $0.number, $0.pipes) })
            let headerLine = rows.first?.line ?? Int.max
            for row in rows { try grid.appendRow(row.cells, line: row.line) }
            return CellGrid(preamble: notes.filter { $0.line < headerLine }.map(\.text), rows: grid.finish(), layout: "pipeCellPerLine")
        }
        let rows = lines.map { GridRow(cells: $0.cells, line: $0.number) }
        let header = TableHeader.find(in: rows)
        // Text before the header is the page around the table (title, notes); text after it is not.
        let headerLine = header.map { rows[$0.rowIndex].line } ?? rows.first?.line ?? Int.max
        let preamble = notes.filter { $0.line < headerLine }.map(\.text)
        for row in header.map({ merged(lines, header: $0) }) ?? rows { try grid.appendRow(row.cells, line: row.line) }
        return CellGrid(preamble: preamble, rows: grid.finish(), lastRowCut: header != nil && lines.last?.closed == false)
    }

    /// True for a line of pipe-separated cells: `| a | b |`, or `a | b |` without the outer pipe.
    package static func isPipeLine<Text: StringProtocol>(_ trimmed: Text) -> Bool {
        trimmed.hasPrefix("|") || (trimmed.hasSuffix("|") && trimmed.count > 1)
    }

    private static func parse(_ text: String, number: Int) -> Line {
        var body = Substring(text)
        if body.hasPrefix("|") { body = body.dropFirst() }
        let closed = body.hasSuffix("|")
        if closed { body = body.dropLast() }
        let cells = body.split(separator: "|", omittingEmptySubsequences: false).map { cell in
            CellText.join(cell.replacingBreakTags().split(separator: "\n").map(String.init))
        }
        return Line(cells: cells, closed: closed, number: number, pipes: text.filter { $0 == "|" }.count)
    }

    private static func isSeparator(_ cells: [String]) -> Bool {
        cells.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { "-:=+ ".contains($0) } }
    }

    /// The rows with continuation lines folded into the row above them.
    private static func merged(_ lines: [Line], header: TableHeader) -> [GridRow] {
        var rows: [GridRow] = []
        for (index, line) in lines.enumerated() {
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            let isContinuation = index >= header.bodyStart && line.closed && rows.count > header.bodyStart
                && continues(line.cells, header: header, nextContinues: next.map { continues($0.cells, header: header) } ?? false)
            guard isContinuation else {
                rows.append(GridRow(cells: line.cells, line: line.number))
                continue
            }
            guard var previous = rows.popLast() else { continue }
            for (column, text) in line.cells.enumerated() where !text.isEmpty {
                while previous.cells.count <= column { previous.cells.append("") }
                // Appended in place: a cell continued over many lines costs its length, not its square.
                if !previous.cells[column].isEmpty { previous.cells[column] += "\n" }
                previous.cells[column] += text
            }
            rows.append(previous)
        }
        return rows
    }

    /// True for a cell that opens with a row number and goes on in words (15.推进…, 3、新建…).
    static func opensWithNumber(_ cell: String) -> Bool {
        let digits = cell.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return false }
        let rest = cell.dropFirst(digits.count)
        guard let mark = rest.first, ".．、".contains(mark), let word = rest.dropFirst().first else { return false }
        return word.unicodeScalars.first?.isHan == true
    }

    /// True for a line that carries more text of the row above rather than a row of its own;
    /// `nextContinues` says the line after it does (a wrapped group name is no group row then).
    private static func continues(_ cells: [String], header: TableHeader, nextContinues: Bool = false) -> Bool {
        let filled = cells.filter { !$0.isEmpty }
        if filled.count == 1, SectionTitle.matches(filled[0]) || SectionTitle.isSubsection(filled[0]) { return false }
        // A short row that starts with its number is a row whose merged cell the page dropped.
        if let numberColumn = header.columns[.number], numberColumn < cells.count,
            SectionTitle.isNumber(cells[numberColumn]) { return false }
        // So is one whose first cell opens with its number (15.推进…) when the table has no number column.
        if header.columns[.number] == nil, filled.count >= 2, let first = cells.first, opensWithNumber(first) {
            return false
        }
        if cells.count < header.width { return true }
        // The number column, or the task column when there is none, is empty only on a continuation.
        guard let keyColumn = header.columns[.number] ?? header.columns[.task], keyColumn < cells.count,
            cells[keyColumn].isEmpty
        else { return false }
        // A single filled cell in the category column is a category row, not a continuation,
        // unless the row goes on below it (打造现代 / 农业 wrapped in a capture of a PDF).
        if filled.count == 1, let categoryColumn = header.columns[.category], cells.indices.contains(categoryColumn),
            cells[categoryColumn] == filled[0], !nextContinues
        {
            return false
        }
        return !filled.isEmpty
    }
}
