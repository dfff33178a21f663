import Foundation

/// Reads the table of a Word 2007+ document (.docx) into a ``CellGrid``.
///
/// Merged cells are expanded on the table grid: a horizontal span (`w:gridSpan`) leaves its
/// other columns empty, a vertical merge (`w:vMerge`) repeats the text of the cell above, so the
/// category is carried down. The first table with a task column is read, together with the
/// tables of the same width that follow it (a table continued after a page break). Paragraphs
/// outside tables are the preamble. A document without tables is read as a text capture.
/// Cells are placed through ``GridBuilder`` under the ``ReaderLimits``, one budget for all tables.
package enum DocxReader {
    /// The part holding the document body.
    static let documentPart = "word/document.xml"

    /// The cell grid of the .docx file `bytes`.
    package static func grid(of bytes: [UInt8], file: String, limits: ReaderLimits) throws -> CellGrid {
        let archive = try OfficeArchive(bytes: bytes, file: file, format: ".docx", limits: limits)
        let body = DocxBodyParser(file: file, limits: limits)
        try SafeXML.parse(try archive.data(documentPart), part: documentPart, file: file, delegate: body)
        if body.tables.isEmpty {
            return try TextLayout.grid(of: body.paragraphs.joined(separator: "\n"), file: file, limits: limits)
        }
        let budget = CellBudget(limit: limits.maxCells)
        let tables = try body.tables.enumerated().map { index, rawRows in
            var grid = GridBuilder(file: file, table: .table(index + 1), limits: limits, budget: budget)
            try expand(rawRows, into: &grid, maxColumns: limits.maxColumns)
            return grid.finish()
        }
        guard let first = tables.firstIndex(where: { TableHeader.find(in: $0) != nil }) else {
            let closest = TableHeader.closest(in: tables.flatMap { $0.prefix(TableHeader.closestRowsPerTable) }, naming: "row")
            throw ReadError.noTaskTable(file: file, count: tables.count, container: "table", closest: closest)
        }
        let width = tables[first].first?.cells.count ?? 0
        var rows = tables[first]
        for table in tables[(first + 1)...] {
            guard table.first?.cells.count == width else { break }
            rows += table
        }
        let numbered = rows.enumerated().map { GridRow(cells: $0.element.cells, line: $0.offset + 1) }
        return CellGrid(preamble: body.paragraphs, rows: numbered)
    }

    /// Lays raw rows out on the table grid (padded to the widest row when finished).
    ///
    /// A span reaching past `maxColumns` is cut there, so a cell after it is refused by the
    /// grid's column limit rather than placed millions of columns out.
    static func expand(_ rawRows: [[DocxBodyParser.RawCell]], into grid: inout GridBuilder, maxColumns: Int) throws {
        for (row, rawRow) in rawRows.enumerated() {
            try grid.reserve(row: row, through: -1)
            var column = 0
            for raw in rawRow {
                let text = raw.merge == .continue ? grid.text(row: row - 1, column: column) : CellText.join(raw.paragraphs)
                try grid.place(text, row: row, column: column)
                column = min(column + raw.span, maxColumns)
                try grid.reserve(row: row, through: column - 1)
            }
        }
    }
}
