/// Turns a ``CellGrid`` into a ``Report``: finds the header, sections, categories and tasks.
package enum TableParser {
    /// Parses `grid`; throws a ``ParseError`` naming the file and row when the table is malformed.
    package static func parse(_ grid: CellGrid, options: ParseOptions) throws -> Report {
        guard let header = TableHeader.find(in: grid) else { throw ParseError.noHeader(file: options.fileName) }
        let before = grid.rows[..<header.rowIndex].flatMap(\.filledCells)
        let headerRows = grid.rows[header.rowIndex..<header.bodyStart].map(squeezedCells)
        let bodyRows = Array(grid.rows[header.bodyStart...]).filter { row in
            !row.isEmpty && !headerRows.contains { repeats($0, in: row) }
        }
        var builder = ReportBuilder(header: header, fileName: options.fileName)
        for (index, row) in bodyRows.enumerated() {
            try builder.add(row, isLast: index == bodyRows.count - 1, cut: grid.lastRowCut)
        }
        guard !builder.tasks.isEmpty else { throw ParseError.noTasks(file: options.fileName) }
        let bodyText = bodyRows.flatMap(\.cells).joined(separator: "\n")
        let metadata = try ReportMetadata.infer(preamble: grid.preamble + before, body: bodyText, options: options)
        return Report(
            region: metadata.region, year: metadata.year, asOfMonth: metadata.asOfMonth, title: metadata.title,
            sourceFile: options.fileName, sha256: options.sha256, sections: builder.sections,
            categories: builder.categories, tasks: builder.tasks, warnings: builder.warnings)
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
