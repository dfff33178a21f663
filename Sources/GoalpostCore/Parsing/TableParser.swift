/// Turns a ``CellGrid`` into a ``Report``: finds the header, sections, categories and tasks.
package enum TableParser {
    /// Parses `grid`; throws a ``ParseError`` naming the file and row when the table is malformed.
    package static func parse(_ grid: CellGrid, options: ParseOptions) throws -> Report {
        guard let header = TableHeader.find(in: grid) else { throw ParseError.noHeader(file: options.fileName) }
        let before = grid.rows[..<header.rowIndex].flatMap(\.filledCells)
        let bodyRows = Array(grid.rows[(header.rowIndex + 1)...]).filter { !$0.isEmpty }
        var builder = Builder(header: header, fileName: options.fileName)
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

    /// Accumulates sections, categories and tasks row by row.
    private struct Builder {
        let header: TableHeader
        let fileName: String
        var sections: [Section] = []
        var categories: [Category] = []
        var tasks: [ReportTask] = []
        var warnings: [String] = []
        var category: String?

        init(header: TableHeader, fileName: String) {
            self.header = header
            self.fileName = fileName
        }

        mutating func add(_ row: GridRow, isLast: Bool) throws {
            if TableHeader.isRepeat(row) { return }
            let filled = row.filledCells
            if filled.count == 1, SectionTitle.matches(filled[0]) {
                sections.append(Section(ordinal: sections.count + 1, title: filled[0]))
                return
            }
            try addTask(checkedCells(row, isLast: isLast))
        }

        /// The row's cells padded to the header width; a short row is allowed only as the cut-off last row.
        private mutating func checkedCells(_ row: GridRow, isLast: Bool) throws -> (GridRow, [String]) {
            let number = header.cell(.number, in: row)?.trimmingWhitespace() ?? ""
            if row.cells.count > header.width {
                throw ParseError.extraCells(
                    file: fileName, line: row.line, number: number, found: row.cells.count, expected: header.width)
            }
            guard row.cells.count < header.width else { return (row, []) }
            guard isLast else {
                throw ParseError.missingCells(
                    file: fileName, line: row.line, number: number, found: row.cells.count, expected: header.width)
            }
            var padded = row
            padded.cells += Array(repeating: "", count: header.width - row.cells.count)
            let warning = "row at line \(row.line) is cut off: \(header.width - row.cells.count) of \(header.width) cells missing (truncated capture?)"
            warnings.append(warning)
            return (padded, [warning])
        }

        private mutating func addTask(_ checked: (row: GridRow, warnings: [String])) {
            let row = checked.row
            if let name = header.cell(.category, in: row).map(CellText.squeezed), !name.isEmpty {
                category = name
                if !categories.contains(where: { $0.name == name }) {
                    categories.append(Category(name: name, section: sections.last?.ordinal, order: categories.count + 1))
                }
            }
            let task = header.cell(.task, in: row) ?? ""
            let progress = header.cell(.progress, in: row) ?? ""
            var rowWarnings = checked.warnings
            if task.isEmpty { rowWarnings.append("empty task text") }
            if progress.isEmpty && checked.warnings.isEmpty { rowWarnings.append("empty progress text") }
            let owner = header.cell(.owner, in: row).flatMap { $0.isEmpty ? nil : $0 }
            tasks.append(ReportTask(
                number: header.cell(.number, in: row)?.trimmingWhitespace() ?? "", section: sections.last?.ordinal,
                category: category, task: task, progress: progress, owner: owner, warnings: rowWarnings))
        }
    }
}
