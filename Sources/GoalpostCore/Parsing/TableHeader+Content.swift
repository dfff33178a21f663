/// What a table's cells tell about its columns where the header words do not decide.
extension TableHeader {
    /// Longest median cell (in characters) of a column of judgements (达序推进, 已完成, 滞后).
    static let maxJudgementLength = 8

    /// The header with its roles settled by the body rows `rows`:
    /// - of two progress columns, one of short judgements is the verdict (进展情况 beside 完成情况: 达序推进);
    /// - without a progress column, the column whose cells open like progress (已完成。…) is the progress;
    /// - a task column left empty below its first rows (项目名称 written once per group) is the group,
    ///   and the target column beside it the task.
    package func resolved(by rows: [GridRow]) -> TableHeader {
        var header = self
        let progressColumns = roles.indices.filter { roles[$0] == .progress }
        if progressColumns.count >= 2,
            let short = progressColumns.first(where: { medianLength(of: $0, in: rows) <= Self.maxJudgementLength }),
            progressColumns.contains(where: { medianLength(of: $0, in: rows) > Self.maxJudgementLength * 2 })
        {
            header.assign(.verdict, to: short)
            if header.columns[.progress] == short {
                header.columns[.progress] = progressColumns.first { $0 != short }
            }
        }
        if header.columns[.progress] == nil, let column = progressLikeColumn(in: rows, header: header) {
            header.assign(.progress, to: column)
        }
        if let task = header.columns[.task], let target = roles.indices.first(where: { roles[$0] == .target }),
            emptyShare(of: task, in: rows) >= 0.4, emptyShare(of: target, in: rows) < 0.1, header.columns[.category] == nil
        {
            header.assign(.category, to: task)
            header.assign(.task, to: target)
        }
        return header
    }

    private mutating func assign(_ role: ColumnRole, to column: Int) {
        guard roles.indices.contains(column) else { return }
        roles[column] = role
        columns[role] = column
    }

    /// The first column not read otherwise whose cells mostly open like progress.
    private func progressLikeColumn(in rows: [GridRow], header: TableHeader) -> Int? {
        let used = Set(header.columns.values)
        return (0..<width).first { column in
            guard !used.contains(column) else { return false }
            let cells = rows.compactMap { $0.cells.indices.contains(column) ? $0.cells[column] : nil }.filter { !$0.isEmpty }
            let opening = cells.filter(CellKind.isProgress)
            return cells.count >= 1 && opening.count * 2 > cells.count
        }
    }

    private func medianLength(of column: Int, in rows: [GridRow]) -> Int {
        let lengths = rows.compactMap { $0.cells.indices.contains(column) ? $0.cells[column].count : nil }
            .filter { $0 > 0 }.sorted()
        return lengths.isEmpty ? 0 : lengths[lengths.count / 2]
    }

    private func emptyShare(of column: Int, in rows: [GridRow]) -> Double {
        let counted = rows.filter { $0.filledCells.count >= 2 }
        guard !counted.isEmpty else { return 0 }
        let empty = counted.filter { !$0.cells.indices.contains(column) || CellText.squeezed($0.cells[column]).isEmpty }
        return Double(empty.count) / Double(counted.count)
    }
}

/// How messages describe a header that falls short.
extension TableHeader {
    /// "the header at line 4 (序号 | 名称 | 说明) has no progress column (完成情况/进展情况/…)".
    func describe(lacking role: ColumnRole, line: Int?) -> String {
        Self.describe(labels, lacking: role, line: line)
    }

    /// Rows of each table of a document looked at for the nearest header.
    package static let closestRowsPerTable = 20

    /// The row of column labels nearest to a header in `rows`, described with the role it lacks;
    /// `naming` is what a row is called in the file's terms ("the header at line 4", "the row").
    package static func closest(in rows: [GridRow], naming: String = "line") -> String? {
        let candidates = rows.prefix(400).filter { row in
            let filled = row.filledCells
            return filled.count >= 2 && filled.allSatisfy(ColumnRole.isLabel)
                && filled.contains { ColumnRole.recognise($0) != nil }
        }
        guard let best = candidates.max(by: { roleCount($0) < roleCount($1) }) else { return nil }
        let roles = Set(best.cells.compactMap(ColumnRole.recognise))
        let lacking: ColumnRole = roles.contains(.task) || roles.contains(.target) ? .progress : .task
        return describe(best.cells, lacking: lacking, line: naming == "line" ? best.line : nil)
    }

    private static func roleCount(_ row: GridRow) -> Int {
        Set(row.cells.compactMap(ColumnRole.recognise)).count
    }

    private static func describe(_ labels: [String], lacking role: ColumnRole, line: Int?) -> String {
        let shown = labels.filter { !$0.isEmpty }.prefix(12).map { CellText.squeezed($0).messageSafe(limit: 20) }
        let place = line.map { "the header at line \($0)" } ?? "the nearest row of labels"
        return "\(place) (\(shown.joined(separator: " | "))) has no \(role.rawValue) column "
            + "(\(role.aliases.joined(separator: "/"))/…)"
    }
}
