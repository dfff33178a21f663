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

    /// Splits `text` into preamble paragraphs and rows of cells, under `limits`.
    package static func read(_ text: String, file: String = "", limits: ReaderLimits = .default) throws -> CellGrid {
        let blocks = paragraphs(of: text)
        var grid = GridBuilder.text(file: file, limits: limits)
        guard let run = headerRun(in: blocks) else {
            return CellGrid(preamble: blocks.map(\.text), rows: [])
        }
        let header = blocks[run].map(\.text)
        let categoryColumn = header.firstIndex { ColumnRole.recognise($0) == .category }
        let numbered = header.contains { ColumnRole.recognise($0) == .number }
        try grid.appendRow(header, line: blocks[run.lowerBound].line)
        func close(_ row: GridRow?) throws {
            guard var row else { return }
            if let categoryColumn, row.cells.count == header.count - 1, categoryColumn <= row.cells.count {
                row.cells.insert("", at: categoryColumn)
            }
            try grid.appendRow(row.cells, line: row.line)
        }
        var current: GridRow?
        for block in blocks[run.upperBound...] {
            if SectionTitle.matches(block.text) || SectionTitle.isSubsection(block.text) {
                try close(current.take())
                try grid.appendRow([block.text], line: block.line)
                continue
            }
            let startsRow = current.map { numbered ? SectionTitle.isNumber(block.text) : $0.cells.count == header.count } ?? true
            if !startsRow, var row = current.take() {
                // Taken out of `current`, the row is uniquely owned: the appends below are in place.
                if row.cells.count < header.count {
                    row.cells.append(block.text)
                } else if let last = row.cells.indices.last {
                    row.cells[last] += "\n" + block.text
                }
                current = row
            } else {
                try close(current.take())
                current = GridRow(cells: [block.text], line: block.line)
            }
        }
        try close(current)
        return CellGrid(preamble: blocks[..<run.lowerBound].map(\.text), rows: grid.finish())
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
            if end - index >= 3, TableHeader(labels: blocks[index..<end].map(\.text)) != nil { return index..<end }
            index = end + 1
        }
        return nil
    }
}
