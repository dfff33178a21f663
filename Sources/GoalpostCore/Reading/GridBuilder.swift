/// Places the cells of one table under ``ReaderLimits``: every reader builds its rows here.
///
/// Rows are kept by index, so a far-off cell costs nothing between it and the others, and
/// every placement is checked before anything is allocated: the row against
/// ``ReaderLimits/maxRows``, the column against ``ReaderLimits/maxColumns``, and the cells the
/// finished table will hold (rows × widest row when padded, the cells themselves when ragged,
/// a row counting at least one) against the file's ``CellBudget``. Indexes are 0-based.
package struct GridBuilder {
    /// How the finished rows are laid out.
    package enum Shape: Sendable {
        /// Every row padded to the widest (tables of documents, sheets and pages).
        case padded
        /// Rows keep the cells they were given (text captures).
        case ragged
    }

    private struct Row {
        var cells: [String] = []
        var line: Int?
    }

    private let file: String
    private let table: GridTable
    private let limits: ReaderLimits
    private let budget: CellBudget
    private let shape: Shape
    private var rows: [Int: Row] = [:]
    /// Rows from the first to the last one placed or touched.
    package private(set) var height = 0
    /// The widest row's width.
    package private(set) var width = 0
    private var cellCount = 0
    private var charged = 0

    /// A builder for `table` of `file`, taking its cells from `budget`.
    package init(file: String, table: GridTable, limits: ReaderLimits, budget: CellBudget, shape: Shape = .padded) {
        self.file = file
        self.table = table
        self.limits = limits
        self.budget = budget
        self.shape = shape
    }

    /// A ragged builder for the table of the text capture `file`, with a budget of its own.
    package static func text(file: String, limits: ReaderLimits) -> GridBuilder {
        GridBuilder(file: file, table: .text, limits: limits, budget: CellBudget(limit: limits.maxCells), shape: .ragged)
    }

    /// Throws the column-limit error when a row gathered outside the builder reaches `count`
    /// cells, so a reader can stop a runaway line before it finishes the row.
    package func checkWidth(_ count: Int) throws {
        try checkPosition(row: 0, column: count - 1)
    }

    /// The text at `row`, `column`; empty where nothing was placed.
    package func text(row: Int, column: Int) -> String {
        guard let cells = rows[row]?.cells, cells.indices.contains(column) else { return "" }
        return cells[column]
    }

    /// How many columns of `row` are placed or reserved.
    package func width(of row: Int) -> Int {
        rows[row]?.cells.count ?? 0
    }

    /// Puts `text` at `row`, `column`, replacing what was there.
    package mutating func place(_ text: String, row: Int, column: Int) throws {
        try reserve(row: row, through: column)
        rows[row, default: Row()].cells[column] = text
    }

    /// Makes `row` at least `column + 1` cells wide without text (the tail of a span); a
    /// `column` of -1 only makes the row exist.
    package mutating func reserve(row: Int, through column: Int) throws {
        try checkPosition(row: row, column: column)
        let current = width(of: row)
        let rowWidth = Swift.max(current, column + 1)
        let (newHeight, newWidth) = (Swift.max(height, row + 1), Swift.max(width, rowWidth))
        // A row costs at least one cell, so rows without cells cannot pile up unbudgeted.
        let newCount = cellCount - (rows[row] == nil ? 0 : Swift.max(current, 1)) + Swift.max(rowWidth, 1)
        let needed = shape == .ragged
            ? newCount : newHeight.multipliedReportingOverflow(by: Swift.max(newWidth, 1)).partialValue
        if needed > charged {
            guard budget.take(needed - charged) else {
                throw ReadError.cellLimit(file: file, table: table, rows: newHeight, columns: newWidth, limit: budget.limit)
            }
            charged = needed
        }
        (height, width, cellCount) = (newHeight, newWidth, newCount)
        rows[row, default: Row()].cells.append(contentsOf: repeatElement("", count: rowWidth - current))
    }

    /// Adds `cells` as the row after the last one, remembering the source `line` it started on.
    package mutating func appendRow(_ cells: [String], line: Int) throws {
        let row = height
        try reserve(row: row, through: cells.count - 1)
        rows[row] = Row(cells: cells, line: line)
    }

    /// The rows from the first to the last, padded to the widest when the shape says so;
    /// a row's line is the one given to ``appendRow(_:line:)``, else its 1-based index.
    package func finish() -> [GridRow] {
        (0..<height).map { index in
            var cells = rows[index]?.cells ?? []
            if shape == .padded && cells.count < width {
                cells.append(contentsOf: repeatElement("", count: width - cells.count))
            }
            return GridRow(cells: cells, line: rows[index]?.line ?? index + 1)
        }
    }

    private func checkPosition(row: Int, column: Int) throws {
        guard row >= 0 && row < limits.maxRows else {
            throw ReadError.rowLimit(file: file, table: table, row: Self.ordinal(row), limit: limits.maxRows)
        }
        guard column >= -1 && column < limits.maxColumns else {
            throw ReadError.columnLimit(file: file, table: table, column: Self.ordinal(column), limit: limits.maxColumns)
        }
    }

    /// The 1-based number of a 0-based index, for messages.
    private static func ordinal(_ index: Int) -> Int {
        index.addingReportingOverflow(1).overflow ? index : index + 1
    }
}
