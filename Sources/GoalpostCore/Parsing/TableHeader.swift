/// The header row of a table: which column holds which ``ColumnRole``.
package struct TableHeader: Sendable, Equatable {
    /// Index of the (first) header row in the grid.
    package var rowIndex: Int
    /// Number of grid rows the header spans: 2 when its names are split over two lines.
    package var rowCount: Int
    /// Number of cells in the header row.
    package var width: Int
    /// Column index per recognised role.
    package var columns: [ColumnRole: Int]

    package init(rowIndex: Int, rowCount: Int = 1, width: Int, columns: [ColumnRole: Int]) {
        self.rowIndex = rowIndex
        self.rowCount = rowCount
        self.width = width
        self.columns = columns
    }

    /// Index of the first body row.
    package var bodyStart: Int { rowIndex + rowCount }

    /// Finds the first row that names a task column.
    package static func find(in grid: CellGrid) -> TableHeader? {
        find(in: grid.rows)
    }

    /// Finds the first row, or pair of rows read together, that names a task column.
    ///
    /// A pair is tried only when the second row alone names no task column, so a title row
    /// above a complete header is never mistaken for part of it.
    package static func find(in rows: [GridRow]) -> TableHeader? {
        for (index, row) in rows.enumerated() {
            let columns = roles(of: row)
            if columns[.task] != nil {
                return TableHeader(rowIndex: index, width: row.cells.count, columns: columns)
            }
            guard index + 1 < rows.count, roles(of: rows[index + 1])[.task] == nil else { continue }
            let joined = joinedCells(row, rows[index + 1])
            let joinedColumns = roles(of: GridRow(cells: joined, line: row.line))
            if joinedColumns[.task] != nil && joinedColumns.count >= 2 {
                return TableHeader(rowIndex: index, rowCount: 2, width: joined.count, columns: joinedColumns)
            }
        }
        return nil
    }

    /// True when `row` repeats a header (tables repeat it after page breaks).
    package static func isRepeat(_ row: GridRow) -> Bool {
        roles(of: row).count >= 2
    }

    private static func joinedCells(_ first: GridRow, _ second: GridRow) -> [String] {
        (0..<max(first.cells.count, second.cells.count)).map { index in
            let top = index < first.cells.count ? first.cells[index] : ""
            let bottom = index < second.cells.count ? second.cells[index] : ""
            return top + bottom
        }
    }

    private static func roles(of row: GridRow) -> [ColumnRole: Int] {
        var columns: [ColumnRole: Int] = [:]
        for (index, cell) in row.cells.enumerated() {
            if let role = ColumnRole.recognise(cell), columns[role] == nil { columns[role] = index }
        }
        return columns
    }

    /// The text of `role`'s cell in `row`, or nil when the table has no such column.
    package func cell(_ role: ColumnRole, in row: GridRow) -> String? {
        guard let index = columns[role] else { return nil }
        return index < row.cells.count ? row.cells[index] : ""
    }
}
