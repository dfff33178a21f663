/// A plain-text table aligned by display width that fits a terminal of a given width.
package struct TerminalTable: Sendable {
    /// Column titles.
    package var headers: [String]
    /// Cell texts; line breaks are shown as spaces.
    package var rows: [[String]]
    /// Columns that may be cut with "…" when the table is too wide, widest first.
    package var flexible: Set<Int>

    package init(headers: [String], rows: [[String]], flexible: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.flexible = flexible
    }

    /// The table as lines no wider than `maxWidth` columns (when the fixed columns allow it).
    package func render(maxWidth: Int) -> String {
        let cells = ([headers] + rows).map { $0.map(Self.flatten) }
        var widths = headers.indices.map { column in cells.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        shrink(&widths, to: maxWidth - 2 * (widths.count - 1))
        return cells.map { row in
            row.enumerated().map { column, text in
                let cut = DisplayWidth.truncate(text, to: widths[column])
                return column == row.count - 1 ? cut : DisplayWidth.pad(cut, to: widths[column])
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private func shrink(_ widths: inout [Int], to budget: Int) {
        let minimum = 8
        while widths.reduce(0, +) > budget {
            guard let widest = flexible.filter({ widths[$0] > minimum }).max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
        }
    }

    private static func flatten(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
