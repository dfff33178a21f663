/// Reads comma- or tab-separated rows (CSV/TSV), where a quoted cell may hold separators,
/// doubled quotes and line breaks.
package enum DelimitedTextReader {
    /// Splits `text` into rows of cells separated by `separator`.
    ///
    /// Blank rows are left out; rows and cells are placed under `limits` (see ``GridBuilder``).
    package static func read(
        _ text: String, separator: Character, file: String = "", limits: ReaderLimits = .default
    ) throws -> CellGrid {
        var scanner = Scanner(separator: separator, grid: .text(file: file, limits: limits))
        for character in text { try scanner.consume(character) }
        try scanner.endRow()
        return CellGrid(preamble: [], rows: scanner.grid.finish(), lastRowCut: scanner.endedInQuotes)
    }

    private struct Scanner {
        let separator: Character
        var grid: GridBuilder
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var quoteJustClosed = false
        var line = 1
        var rowLine = 1

        init(separator: Character, grid: GridBuilder) {
            self.separator = separator
            self.grid = grid
        }

        mutating func consume(_ character: Character) throws {
            if quoted {
                consumeQuoted(character)
            } else if character == "\"" && cell.isEmpty && !quoteJustClosed {
                quoted = true
            } else if character == "\"" && quoteJustClosed {
                // A doubled quote inside a quoted cell: the second half re-opens it.
                cell.append("\"")
                quoted = true
                quoteJustClosed = false
            } else if character == separator {
                try endCell()
            } else if character.isNewline {
                line += 1
                try endRow()
            } else {
                cell.append(character)
                quoteJustClosed = false
            }
        }

        private mutating func consumeQuoted(_ character: Character) {
            if character == "\"" {
                quoted = false
                quoteJustClosed = true
                return
            }
            if character.isNewline {
                line += 1
                cell.append("\n")
            } else {
                cell.append(character)
            }
        }

        mutating func endCell() throws {
            try grid.checkWidth(cells.count + 1)
            cells.append(CellText.join(cell.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
            cell = ""
            quoteJustClosed = false
        }

        /// True when the text ended inside a quoted cell.
        var endedInQuotes = false

        mutating func endRow() throws {
            endedInQuotes = quoted
            try endCell()
            if !cells.allSatisfy(\.isEmpty) { try grid.appendRow(cells, line: rowLine) }
            cells = []
            rowLine = line
        }
    }
}
