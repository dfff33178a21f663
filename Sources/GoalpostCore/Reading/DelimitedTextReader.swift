/// Reads comma- or tab-separated rows (CSV/TSV), where a quoted cell may hold separators,
/// doubled quotes and line breaks.
package enum DelimitedTextReader {
    /// Splits `text` into rows of cells separated by `separator`.
    package static func read(_ text: String, separator: Character) -> CellGrid {
        var scanner = Scanner(separator: separator)
        for character in text { scanner.consume(character) }
        scanner.endRow()
        let rows = scanner.rows.filter { !$0.isEmpty }
        return CellGrid(preamble: [], rows: rows, lastRowCut: scanner.endedInQuotes)
    }

    private struct Scanner {
        let separator: Character
        var rows: [GridRow] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var quoteJustClosed = false
        var line = 1
        var rowLine = 1

        init(separator: Character) {
            self.separator = separator
        }

        mutating func consume(_ character: Character) {
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
                endCell()
            } else if character.isNewline {
                line += 1
                endRow()
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

        mutating func endCell() {
            cells.append(CellText.join(cell.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
            cell = ""
            quoteJustClosed = false
        }

        /// True when the text ended inside a quoted cell.
        var endedInQuotes = false

        mutating func endRow() {
            endedInQuotes = quoted
            endCell()
            rows.append(GridRow(cells: cells, line: rowLine))
            cells = []
            rowLine = line
        }
    }
}
