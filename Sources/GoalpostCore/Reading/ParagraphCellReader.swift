/// Reads captures with one cell per paragraph, paragraphs separated by blank lines and a cell's
/// own lines kept together.
///
/// The header is the first run of paragraphs that are all column names. A paragraph that is
/// only a number starts a row (without a number column, every header-width paragraphs make a
/// row); a section or sub-section title is a row of its own. A row one cell short with a
/// category column has an empty category (written only on its group's first row).
package enum ParagraphCellReader {
    /// True when `text` has a run of three or more column-name paragraphs, one of them a task column.
    package static func accepts(_ text: String) -> Bool {
        headerRun(in: paragraphs(of: text)) != nil
    }

    /// Splits `text` into preamble paragraphs and rows of cells.
    package static func read(_ text: String) -> CellGrid {
        let blocks = paragraphs(of: text)
        guard let run = headerRun(in: blocks) else { return CellGrid(preamble: blocks.map(\.text), rows: []) }
        let header = blocks[run].map(\.text)
        let categoryColumn = header.firstIndex { ColumnRole.recognise($0) == .category }
        let numbered = header.contains { ColumnRole.recognise($0) == .number }
        var rows = [GridRow(cells: header, line: blocks[run.lowerBound].line)]
        var current: GridRow?
        func close() {
            guard var row = current else { return }
            if let categoryColumn, row.cells.count == header.count - 1, categoryColumn <= row.cells.count {
                row.cells.insert("", at: categoryColumn)
            }
            rows.append(row)
            current = nil
        }
        for block in blocks[run.upperBound...] {
            if SectionTitle.matches(block.text) || SectionTitle.isSubsection(block.text) {
                close()
                rows.append(GridRow(cells: [block.text], line: block.line))
            } else if numbered ? SectionTitle.isNumber(block.text) || current == nil
                : current == nil || current!.cells.count == header.count {
                close()
                current = GridRow(cells: [block.text], line: block.line)
            } else if current!.cells.count < header.count {
                current!.cells.append(block.text)
            } else {
                current!.cells[header.count - 1] += "\n" + block.text
            }
        }
        close()
        return CellGrid(preamble: blocks[..<run.lowerBound].map(\.text), rows: rows)
    }

    private struct Block {
        var text: String
        var line: Int
    }

    private static func paragraphs(of text: String) -> [Block] {
        var blocks: [Block] = []
        var lines: [String] = []
        var start = 1
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if raw.allSatisfy(\.isWhitespace) {
                if !lines.isEmpty { blocks.append(Block(text: CellText.join(lines), line: start)) }
                lines = []
            } else {
                if lines.isEmpty { start = index + 1 }
                lines.append(String(raw))
            }
        }
        if !lines.isEmpty { blocks.append(Block(text: CellText.join(lines), line: start)) }
        return blocks
    }

    private static func headerRun(in blocks: [Block]) -> Range<Int>? {
        var index = 0
        while index < blocks.count {
            var end = index
            while end < blocks.count, ColumnRole.recognise(blocks[end].text) != nil { end += 1 }
            let roles = blocks[index..<end].compactMap { ColumnRole.recognise($0.text) }
            if end - index >= 3, roles.contains(.task) { return index..<end }
            index = end + 1
        }
        return nil
    }
}
