/// Builds the rows of one HTML table as tokens arrive, laying `rowspan`/`colspan` out on a grid.
///
/// A row-spanning cell repeats its text down its first column (a category merged over its
/// tasks); a column-spanning cell leaves its other columns empty (a section row).
struct HTMLTableBuilder {
    private(set) var rows: [[String]] = []
    private var row: [String]?
    private var cellLines: [String]?
    private var cellSpan = (rows: 1, columns: 1)
    /// Text owed per column to the open row and the rows below it: (text, rows remaining).
    private var pending: [Int: (text: String, rows: Int)] = [:]

    /// True while a cell is open.
    var inCell: Bool { cellLines != nil }

    mutating func startRow() {
        endRow()
        row = []
    }

    mutating func startCell(attributes: [String: String]) {
        endCell()
        if row == nil { row = [] }
        cellLines = [""]
        cellSpan = (Self.span(attributes["rowspan"]), Self.span(attributes["colspan"]))
    }

    mutating func appendText(_ text: String) {
        guard cellLines != nil else { return }
        cellLines![cellLines!.count - 1] += text
    }

    mutating func breakLine() {
        cellLines?.append("")
    }

    mutating func endCell() {
        guard let lines = cellLines, row != nil else { return }
        cellLines = nil
        fillOwed()
        let column = row!.count
        let text = CellText.join(lines)
        row!.append(text)
        row! += Array(repeating: "", count: cellSpan.columns - 1)
        if cellSpan.rows > 1 {
            // Counted from this row: ending this row pays the first of them.
            pending[column] = (text, cellSpan.rows)
            for extra in 1..<cellSpan.columns { pending[column + extra] = ("", cellSpan.rows) }
        }
    }

    mutating func endRow() {
        endCell()
        guard row != nil else { return }
        fillOwed()
        if let last = pending.keys.max() {
            while row!.count <= last { row!.append(pending[row!.count]?.text ?? "") }
        }
        rows.append(row!)
        row = nil
        var next: [Int: (text: String, rows: Int)] = [:]
        for (column, owed) in pending where owed.rows > 1 { next[column] = (owed.text, owed.rows - 1) }
        pending = next
    }

    /// The finished rows, padded to the widest.
    mutating func finish() -> [GridRow] {
        endRow()
        let width = rows.map(\.count).max() ?? 0
        return rows.enumerated().map { index, cells in
            GridRow(cells: cells + Array(repeating: "", count: width - cells.count), line: index + 1)
        }
    }

    /// Puts owed row-span texts into the open row while its next column is owed.
    private mutating func fillOwed() {
        while let owed = pending[row!.count] { row!.append(owed.text) }
    }

    private static func span(_ value: String?) -> Int {
        min(max(Int(value?.trimmingWhitespace() ?? "") ?? 1, 1), 1000)
    }
}
