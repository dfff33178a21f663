/// Turns a ``CellGrid`` into a ``Report``: finds the header, sections, categories and tasks.
package enum TableParser {
    /// Parses `grid` into a report; throws a ``ParseError`` naming the file and row when the table
    /// is malformed or its region, year or period cannot be told.
    package static func parse(_ grid: CellGrid, options: ParseOptions) throws -> Report {
        try table(of: grid, file: options.fileName).report(options: options)
    }

    /// The sections, categories and tasks of `grid`, read from the file `file`.
    package static func table(of grid: CellGrid, file: String) throws -> ReadTable {
        guard let found = TableHeader.find(in: grid) else {
            throw ParseError.noHeader(file: file, closest: TableHeader.closest(in: grid.rows))
        }
        let before = grid.rows[..<found.rowIndex].flatMap(\.filledCells)
        let headerRows = grid.rows[found.rowIndex..<found.bodyStart].map(squeezedCells)
        let bodyRows = Array(grid.rows[found.bodyStart...]).filter { row in
            !row.isEmpty && !headerRows.contains { repeats($0, in: row) }
        }
        let header = found.resolved(by: bodyRows)
        guard header.columns[.progress] != nil else {
            throw ParseError.noHeader(file: file, closest: header.describe(lacking: .progress, line: grid.rows[found.rowIndex].line))
        }
        var builder = ReportBuilder(header: header, fileName: file)
        for (index, row) in bodyRows.enumerated() {
            try builder.add(row, isLast: index == bodyRows.count - 1, cut: grid.lastRowCut)
        }
        guard !builder.tasks.isEmpty else { throw ParseError.noTasks(file: file) }
        return ReadTable(
            sections: builder.sections, categories: builder.categories, tasks: builder.tasks,
            warnings: builder.warnings, preamble: grid.preamble + before, headings: header.labels,
            body: bodyRows.flatMap(\.cells).joined(separator: "\n"), layout: grid.layout)
    }

    /// True when `row` repeats the header row whose squeezed filled cells are `header`.
    private static func repeats(_ header: [String], in row: GridRow) -> Bool {
        let filled = row.filledCells
        guard filled.count == header.count, filled.allSatisfy({ $0.utf8.count <= 96 }) else { return false }
        return squeezedCells(row) == header
    }

    private static func squeezedCells(_ row: GridRow) -> [String] {
        row.cells.map(CellText.squeezed).filter { !$0.isEmpty }
    }
}
