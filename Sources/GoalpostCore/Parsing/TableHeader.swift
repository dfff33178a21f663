/// The header row of a table: which column holds which ``ColumnRole``.
package struct TableHeader: Sendable, Equatable {
    /// Index of the header row in the grid.
    package var rowIndex: Int
    /// Number of cells in the header row.
    package var width: Int
    /// Column index per recognised role.
    package var columns: [ColumnRole: Int]

    /// Finds the first row that names a task column.
    package static func find(in grid: CellGrid) -> TableHeader? {
        for (index, row) in grid.rows.enumerated() {
            let columns = roles(of: row)
            if columns[.task] != nil {
                return TableHeader(rowIndex: index, width: row.cells.count, columns: columns)
            }
        }
        return nil
    }

    /// True when `row` repeats a header (tables repeat it after page breaks).
    package static func isRepeat(_ row: GridRow) -> Bool {
        roles(of: row).count >= 2
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
