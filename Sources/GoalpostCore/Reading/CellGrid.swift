/// The cells of a table as a reader found them, before any meaning is given to columns.
package struct CellGrid: Sendable, Equatable {
    /// Text outside the table (title, page header, notes), one entry per line, in file order.
    package var preamble: [String]
    /// Table rows in file order.
    package var rows: [GridRow]
    /// True when the reader saw the capture end inside the last row (an open quote, a missing
    /// closing `|`), even if the row has all its cells.
    package var lastRowCut: Bool
    /// How the file laid the table out, for messages and measurements ("pipe", "docx", …).
    package var layout: String

    package init(preamble: [String], rows: [GridRow], lastRowCut: Bool = false, layout: String = "") {
        self.preamble = preamble
        self.rows = rows
        self.lastRowCut = lastRowCut
        self.layout = layout
    }
}

/// One row of a ``CellGrid``.
package struct GridRow: Sendable, Equatable {
    /// Cell texts, trimmed, with internal line breaks as "\n".
    package var cells: [String]
    /// 1-based line (or row) in the source where the row starts, for messages.
    package var line: Int

    package init(cells: [String], line: Int) {
        self.cells = cells
        self.line = line
    }

    /// True when every cell is empty.
    package var isEmpty: Bool { cells.allSatisfy(\.isEmpty) }

    /// The non-empty cells, in order.
    package var filledCells: [String] { cells.filter { !$0.isEmpty } }
}
