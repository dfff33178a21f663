/// Accumulates the sections, categories and tasks of a table row by row, for ``TableParser``.
struct ReportBuilder {
    let header: TableHeader
    let fileName: String
    private(set) var sections: [Section] = []
    private(set) var categories: [Category] = []
    private(set) var tasks: [ReportTask] = []
    private(set) var warnings: [String] = []
    private var category: String?
    /// The cells of the last task row, for cells a page merged over rows.
    private var above: [String]?

    init(header: TableHeader, fileName: String) {
        self.header = header
        self.fileName = fileName
    }

    /// Adds one body row: a repeated header, a section, sub-section or category row, or a task.
    /// `cut` says the reader saw the capture end inside the last row.
    mutating func add(_ row: GridRow, isLast: Bool, cut: Bool = false) throws {
        if TableHeader.isRepeat(row) { return }
        let row = withoutTrailingEmptyCells(row)
        let filled = row.filledCells
        if filled.count == 1, addGroupingRow(row, text: filled[0], isLast: isLast) { return }
        try addTask(checkedCells(row, isLast: isLast, cut: cut))
    }

    /// Handles a row with one filled cell that groups the tasks below it; false when it is a task.
    private mutating func addGroupingRow(_ row: GridRow, text: String, isLast: Bool) -> Bool {
        if SectionTitle.matches(text) {
            sections.append(Section(ordinal: sections.count + 1, title: text))
            if header.columns[.category] == nil { setCategory(text) }
            return true
        }
        if SectionTitle.isSubsection(text) {
            setCategory(text)
            return true
        }
        let isCut = isLast && row.cells.count < header.width
        guard !isCut, !SectionTitle.isNumber(text), let column = row.cells.firstIndex(of: text) else { return false }
        // A category written as its own row, in the number or category column.
        guard column == header.columns[.number] || column == header.columns[.category] else { return false }
        setCategory(text)
        return true
    }

    /// Makes `text` the category of the rows below; it is listed once a task falls under it,
    /// so a section whose tasks all sit in sub-sections is not listed as an empty category.
    private mutating func setCategory(_ text: String) {
        category = CellText.squeezed(text)
    }

    private mutating func registerCategory() {
        guard let name = category, !categories.contains(where: { $0.name == name }) else { return }
        categories.append(Category(name: name, section: sections.last?.ordinal, order: categories.count + 1))
    }

    /// Drops empty cells past the header's width (`| 1 | … | | |`).
    private func withoutTrailingEmptyCells(_ row: GridRow) -> GridRow {
        var row = row
        while row.cells.count > header.width, row.cells.last?.isEmpty == true { row.cells.removeLast() }
        return row
    }

    /// The row's cells padded to the header width: a cell the page merged over rows is put back from
    /// the row above (``ShortRowRepair``); another short row is allowed only as the cut-off last row.
    private mutating func checkedCells(_ row: GridRow, isLast: Bool, cut: Bool) throws -> (GridRow, [String]) {
        let number = header.cell(.number, in: row)?.trimmingWhitespace() ?? ""
        if case .repaired(let cells, let columns) = ShortRowRepair(header: header).repair(row.cells, above: above) {
            let names = columns.map { CellText.squeezed(header.labels[$0]) }.joined(separator: "、")
            let warning = "row at line \(row.line): \(names) taken from the row above (a merged cell the page dropped)"
            warnings.append(warning)
            return (GridRow(cells: cells, line: row.line), [warning])
        }
        if row.cells.count > header.width {
            throw ParseError.extraCells(
                file: fileName, line: row.line, number: number, found: row.cells.count, expected: header.width)
        }
        guard row.cells.count < header.width else {
            guard isLast && cut else { return (row, []) }
            let warning = "row at line \(row.line) is cut off: its last cell ends mid-text (truncated capture?)"
            warnings.append(warning)
            return (row, [warning])
        }
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

    /// Roles read into a field of their own (the first column of each).
    static let fieldRoles: [ColumnRole] = [.number, .category, .task, .progress, .owner, .target, .plan, .verdict, .result]

    /// The row's cells in columns that have no field of their own, empty ones left out.
    private func otherColumns(of row: GridRow) -> [TaskColumn] {
        let fieldColumns = Set(Self.fieldRoles.compactMap { header.columns[$0] })
        return (0..<min(row.cells.count, header.width)).compactMap { column in
            guard !fieldColumns.contains(column), !row.cells[column].isEmpty else { return nil }
            return TaskColumn(header: CellText.squeezed(header.labels[column]), role: header.roles[column], text: row.cells[column])
        }
    }

    /// A bare yes or no under a question header (是否达序: 是) is kept with its question
    /// (`是否达序：是`): alone it says nothing.
    private func answeredVerdict(_ cell: String) -> String {
        guard let column = header.columns[.verdict], column < header.labels.count else { return cell }
        let question = CellText.squeezed(header.labels[column])
        guard question.contains(YesNoVerdict.questionMark), YesNoVerdict.answer(of: cell) != nil else { return cell }
        return question + "：" + CellText.squeezed(cell)
    }

    private mutating func addTask(_ checked: (row: GridRow, warnings: [String])) {
        let row = checked.row
        above = row.cells
        if let name = header.cell(.category, in: row), !CellText.squeezed(name).isEmpty { setCategory(name) }
        registerCategory()
        let task = header.cell(.task, in: row) ?? ""
        let progress = header.cell(.progress, in: row) ?? ""
        var rowWarnings = checked.warnings
        if task.isEmpty { rowWarnings.append("empty task text") }
        if progress.isEmpty && checked.warnings.isEmpty { rowWarnings.append("empty progress text") }
        func text(_ role: ColumnRole) -> String? { header.cell(role, in: row).flatMap { $0.isEmpty ? nil : $0 } }
        tasks.append(ReportTask(
            number: header.cell(.number, in: row)?.trimmingWhitespace() ?? "", section: sections.last?.ordinal,
            category: category, task: task, progress: progress, owner: text(.owner), warnings: rowWarnings,
            targetText: text(.target), plan: text(.plan), verdict: text(.verdict).map(answeredVerdict), result: text(.result),
            columns: otherColumns(of: row)))
    }
}
