/// Reads text copied out of a Word table: every cell begins with a tab, a blank line ends a row.
///
/// A line without a leading tab continues the previous cell, even after blank lines; blank
/// lines inside a cell are dropped. Lines before the first cell are the preamble.
package enum TabbedTextReader {
    /// True when enough lines start with a tab for `text` to be this layout.
    package static func accepts(_ text: String) -> Bool {
        let lines = text.split(whereSeparator: \.isNewline)
        let tabbed = lines.filter { $0.first == "\t" }.count
        return tabbed >= 4 && tabbed * 3 >= lines.count
    }

    /// Splits `text` into preamble lines and rows of cells.
    package static func read(_ text: String) -> CellGrid {
        var state = State()
        for (index, rawLine) in lines(of: text).enumerated() {
            state.consume(rawLine, lineNumber: index + 1)
        }
        return state.grid
    }

    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    private struct State {
        var preamble: [String] = []
        var rows: [GridRow] = []
        var cellLines: [[String]] = []
        var rowLine = 0
        var sawBlank = false

        var grid: CellGrid {
            var copy = self
            copy.closeRow()
            return CellGrid(preamble: copy.preamble, rows: copy.rows)
        }

        mutating func consume(_ line: Substring, lineNumber: Int) {
            if line.first == "\t" {
                if sawBlank || cellLines.isEmpty { closeRow(); rowLine = lineNumber }
                cellLines.append([String(line.dropFirst())])
                sawBlank = false
            } else if line.allSatisfy(\.isWhitespace) {
                sawBlank = true
            } else if cellLines.isEmpty {
                preamble.append(line.trimmingWhitespace())
            } else {
                cellLines[cellLines.count - 1].append(String(line))
                sawBlank = false
            }
        }

        mutating func closeRow() {
            guard !cellLines.isEmpty else { return }
            rows.append(GridRow(cells: cellLines.map(CellText.join), line: rowLine))
            cellLines = []
        }
    }
}
