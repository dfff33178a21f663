/// The header row of a table: which column holds which ``ColumnRole``.
package struct TableHeader: Sendable, Equatable {
    /// Index of the (first) header row in the grid.
    package var rowIndex: Int
    /// Number of grid rows the header spans: 2 when its names are split over two lines.
    package var rowCount: Int
    /// Number of cells in the header row.
    package var width: Int
    /// Column index per role: the first column of each role the table's rows are read by.
    package var columns: [ColumnRole: Int]
    /// The header text of each column, as written.
    package var labels: [String]
    /// The role of each column; nil where the header says nothing known (存在困难和问题).
    package var roles: [ColumnRole?]

    /// The header of `labels` (one per column), or nil when they do not make one: a header names
    /// a task (or a target, which then is the task) and one other role, in cells that are all short labels.
    package init?(labels: [String], rowIndex: Int = 0, rowCount: Int = 1) {
        let filled = labels.filter { !CellText.squeezed($0).isEmpty }
        guard filled.count >= 2, filled.allSatisfy(ColumnRole.isLabel) else { return nil }
        let roles = labels.map(ColumnRole.recognise)
        var columns: [ColumnRole: Int] = [:]
        for (index, role) in roles.enumerated() {
            if let role, columns[role] == nil { columns[role] = index }
        }
        guard columns[.task] != nil || columns[.target] != nil, columns.count >= 2 else { return nil }
        if columns[.task] == nil { columns[.task] = columns.removeValue(forKey: .target) }
        self.rowIndex = rowIndex
        self.rowCount = rowCount
        self.width = labels.count
        self.columns = columns
        self.labels = labels
        self.roles = roles.enumerated().map { index, role in
            role == .target && columns[.task] == index ? .task : role
        }
    }

    /// Index of the first body row.
    package var bodyStart: Int { rowIndex + rowCount }

    /// Finds the first row that names a task column.
    package static func find(in grid: CellGrid) -> TableHeader? {
        find(in: grid.rows)
    }

    /// Finds the first row, or pair of rows read together, that makes a header.
    ///
    /// Two rows of labels are read together when that names more roles than the first alone:
    /// column by column (序号 工作 年度目标 / 目标 任务: 工作目标, 年度目标任务) when they are as wide,
    /// else one after the other (a header row broken over two lines: 序号 | 重点任务 | / 完成时间 | …).
    package static func find(in rows: [GridRow]) -> TableHeader? {
        for (index, row) in rows.enumerated() {
            let single = TableHeader(labels: row.cells, rowIndex: index)
            if index + 1 < rows.count, row.filledCells.count >= 2, isLabelRow(row), isLabelRow(rows[index + 1]) {
                let next = rows[index + 1]
                let joined = next.cells.count == row.cells.count || next.filledCells.count < row.filledCells.count
                    ? joinedCells(row, next) : row.cells + next.cells
                if let pair = TableHeader(labels: joined, rowIndex: index, rowCount: 2),
                    pair.roleCount > single?.roleCount ?? 0
                {
                    return pair
                }
            }
            if let single { return single }
        }
        return nil
    }

    /// How many distinct roles the header's columns have.
    var roleCount: Int { Set(roles.compactMap { $0 }).count }

    /// True when every filled cell of `row` is a short label and none is a number.
    private static func isLabelRow(_ row: GridRow) -> Bool {
        let filled = row.filledCells
        return !filled.isEmpty && filled.allSatisfy { ColumnRole.isLabel($0) && !SectionTitle.isNumber($0) }
    }

    /// True when `row` repeats a header (tables repeat it after page breaks).
    package static func isRepeat(_ row: GridRow) -> Bool {
        TableHeader(labels: row.cells) != nil
    }

    private static func joinedCells(_ first: GridRow, _ second: GridRow) -> [String] {
        (0..<max(first.cells.count, second.cells.count)).map { index in
            let top = index < first.cells.count ? first.cells[index] : ""
            let bottom = index < second.cells.count ? second.cells[index] : ""
            return top + bottom
        }
    }

    /// The text of `role`'s cell in `row`, or nil when the table has no such column.
    package func cell(_ role: ColumnRole, in row: GridRow) -> String? {
        guard let index = columns[role] else { return nil }
        return index < row.cells.count ? row.cells[index] : ""
    }
}
