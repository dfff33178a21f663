/// Builds the rows of one HTML table as tokens arrive, laying `rowspan`/`colspan` out on a
/// ``GridBuilder``.
///
/// A row-spanning cell repeats its text down its first column (a category merged over its
/// tasks); a column-spanning cell leaves its other columns empty (a section row). Spans are
/// capped at 1,000 like browsers do, and a column span is cut at the grid's column limit, so a
/// cell after it is refused by that limit instead of padding every row out to it.
struct HTMLTableBuilder {
    private var grid: GridBuilder
    private let maxColumns: Int
    /// The open row's index, nil between rows.
    private var row: Int?
    private var nextRow = 0
    /// The open row's next free column.
    private var column = 0
    private var cellOpen = false
    private var cellLines: [String] = []
    private var cellLine = ""
    private var cellSpan = (rows: 1, columns: 1)
    /// Text owed per column to the open row and the rows below it: (text, rows remaining).
    private var pending: [Int: (text: String, rows: Int)] = [:]

    /// A builder placing its cells on `grid`, which refuses columns from `maxColumns` on.
    init(grid: GridBuilder, maxColumns: Int) {
        self.grid = grid
        self.maxColumns = maxColumns
    }

    /// True while a cell is open.
    var inCell: Bool { cellOpen }

    /// Ends the open row, if any, and opens the next one.
    mutating func startRow() throws {
        try endRow()
        try openRow()
    }

    /// Ends the open cell and opens one with the spans `attributes` give, opening a row if none is.
    mutating func startCell(attributes: [String: String]) throws {
        try endCell()
        if row == nil { try openRow() }
        cellOpen = true
        cellSpan = (Self.span(attributes["rowspan"]), Self.span(attributes["colspan"]))
    }

    /// Adds text to the open cell's current line.
    mutating func appendText(_ text: String) {
        if cellOpen { cellLine += text }
    }

    /// Starts a new line in the open cell.
    mutating func breakLine() {
        guard cellOpen else { return }
        cellLines.append(cellLine)
        cellLine = ""
    }

    /// Places the open cell at the row's next free column and owes its text to the rows it spans.
    mutating func endCell() throws {
        guard cellOpen, let row else { return }
        cellOpen = false
        let text = CellText.join(cellLines + [cellLine])
        (cellLines, cellLine) = ([], "")
        try fillOwed(row)
        let start = column
        try grid.place(text, row: row, column: start)
        column = min(start + cellSpan.columns, maxColumns)
        try grid.reserve(row: row, through: column - 1)
        if cellSpan.rows > 1 {
            // Counted from this row: ending this row pays the first of them.
            pending[start] = (text, cellSpan.rows)
            for extra in (start + 1)..<column { pending[extra] = ("", cellSpan.rows) }
        }
    }

    /// Ends the open row: owed row-span texts are placed, then counted down.
    mutating func endRow() throws {
        try endCell()
        guard let row else { return }
        try fillOwed(row)
        // Every column up to the last owed one is placed, so this work is paid for by the grid.
        if let last = pending.keys.max() {
            while column <= last {
                try grid.place(pending[column]?.text ?? "", row: row, column: column)
                column += 1
            }
        }
        self.row = nil
        var next: [Int: (text: String, rows: Int)] = [:]
        for (column, owed) in pending where owed.rows > 1 { next[column] = (owed.text, owed.rows - 1) }
        pending = next
    }

    /// The finished rows, padded to the widest.
    mutating func finish() throws -> [GridRow] {
        try endRow()
        return grid.finish()
    }

    private mutating func openRow() throws {
        try grid.reserve(row: nextRow, through: -1)
        row = nextRow
        nextRow += 1
        column = 0
    }

    /// Puts owed row-span texts into the open row while its next column is owed.
    private mutating func fillOwed(_ row: Int) throws {
        while let owed = pending[column] {
            try grid.place(owed.text, row: row, column: column)
            column += 1
        }
    }

    private static func span(_ value: String?) -> Int {
        min(max(value.flatMap(DeclaredNumber.parse) ?? 1, 1), 1000)
    }
}
