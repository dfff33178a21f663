/// Turns a ``CellGrid`` into a ``Report``: finds the header, sections, categories and tasks.
package enum TableParser {
    /// Parses `grid`; throws a ``ParseError`` naming the file and row when the table is malformed.
    package static func parse(_ grid: CellGrid, options: ParseOptions) throws -> Report {
        guard let header = TableHeader.find(in: grid) else { throw ParseError.noHeader(file: options.fileName) }
        let before = grid.rows[..<header.rowIndex].flatMap(\.filledCells)
        let headerRows = grid.rows[header.rowIndex..<header.bodyStart].map(squeezedCells)
        let bodyRows = Array(grid.rows[header.bodyStart...]).filter {
            !$0.isEmpty && !headerRows.contains(squeezedCells($0))
        }
        var builder = ReportBuilder(header: header, fileName: options.fileName)
        for (index, row) in bodyRows.enumerated() {
            try builder.add(row, isLast: index == bodyRows.count - 1)
        }
        guard !builder.tasks.isEmpty else { throw ParseError.noTasks(file: options.fileName) }
        let bodyText = bodyRows.flatMap(\.cells).joined(separator: "\n")
        let metadata = try ReportMetadata.infer(preamble: grid.preamble + before, body: bodyText, options: options)
        return Report(
            region: metadata.region, year: metadata.year, asOfMonth: metadata.asOfMonth, title: metadata.title,
            sourceFile: options.fileName, sha256: options.sha256, sections: builder.sections,
            categories: builder.categories, tasks: builder.tasks, warnings: builder.warnings)
    }

    private static func squeezedCells(_ row: GridRow) -> [String] {
        row.cells.map(CellText.squeezed).filter { !$0.isEmpty }
    }
}
