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
    package static func read(_ text: String, file: String = "", limits: ReaderLimits = .default) throws -> CellGrid {
        var state = State(grid: .text(file: file, limits: limits))
        for (index, rawLine) in lines(of: text).enumerated() {
            try state.consume(rawLine, lineNumber: index + 1)
        }
        try state.closeRow()
        return CellGrid(preamble: state.preamble, rows: state.grid.finish())
    }

    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    private struct State {
        var grid: GridBuilder
        var preamble: [String] = []
        var cellLines: [[String]] = []
        var rowLine = 0
        var sawBlank = false

        mutating func consume(_ line: Substring, lineNumber: Int) throws {
            if line.first == "\t" {
                if sawBlank || cellLines.isEmpty { try closeRow(); rowLine = lineNumber }
                try grid.checkWidth(cellLines.count + 1)
                cellLines.append([String(line.dropFirst())])
                sawBlank = false
            } else if line.allSatisfy(\.isWhitespace) {
                sawBlank = true
            } else if cellLines.isEmpty {
                preamble.append(line.trimmingWhitespace())
            } else if let last = cellLines.indices.last {
                cellLines[last].append(String(line))
                sawBlank = false
            }
        }

        mutating func closeRow() throws {
            guard !cellLines.isEmpty else { return }
            try grid.appendRow(cellLines.map(CellText.join), line: rowLine)
            cellLines = []
        }
    }
}
