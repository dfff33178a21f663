/// Reads captures that put a row's cells on one line separated by single spaces
/// (`1 扩空间 以工业用地… 全年…`), an empty cell being an empty field between two spaces.
///
/// A line with more fields than the header adds the extra fields to its last cell (a space
/// inside a cell cannot be told from a separator). Lines before the header are preamble.
package enum SpacedRowReader {
    /// True when a line of `text` is a header: three or more space-separated column names, one a task.
    package static func accepts(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { headerRoles(String($0)) != nil }
    }

    /// Splits `text` into preamble lines and rows of cells.
    package static func read(_ text: String, file: String = "", limits: ReaderLimits = .default) throws -> CellGrid {
        var preamble: [String] = []
        var grid = GridBuilder.text(file: file, limits: limits)
        var width = 0
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = String(raw).trimmingWhitespace()
            guard !line.isEmpty else { continue }
            if width == 0 {
                if let roles = headerRoles(line) {
                    width = roles
                    try grid.appendRow(fields(of: line), line: index + 1)
                } else {
                    preamble.append(line)
                }
                continue
            }
            try grid.appendRow(fitted(fields(of: line), width: width), line: index + 1)
        }
        return CellGrid(preamble: preamble, rows: grid.finish())
    }

    private static func fields(of line: String) -> [String] {
        line.split(separator: " ", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
    }

    /// A one-field line (a section) stays as it is; extra fields join the last cell.
    private static func fitted(_ fields: [String], width: Int) -> [String] {
        guard fields.count > width, fields.count > 1 else { return fields }
        let tail = fields[(width - 1)...].filter { !$0.isEmpty }.joined(separator: " ")
        return Array(fields[..<(width - 1)]) + [tail]
    }

    /// Most column names a header line has.
    static let maxColumns = 30

    /// The number of columns when `line` is a header line, else nil.
    private static func headerRoles(_ line: String) -> Int? {
        let names = line.split(separator: " ").map(String.init)
        guard (3...maxColumns).contains(names.count) else { return nil }
        let roles = names.compactMap(ColumnRole.recognise)
        guard names.count >= 3, roles.count == names.count, TableHeader(labels: names) != nil else { return nil }
        return names.count
    }
}
