/// Reads captures with one cell per paragraph, paragraphs separated by blank lines and a cell's
/// own lines kept together.
///
/// The header is the first run of paragraphs that are all column names. A paragraph that is
/// only a number starts a row (without a number column, every header-width paragraphs make a
/// row); a section or sub-section title is a row of its own. A numbered row's paragraphs go to
/// the columns they fit (a task in parts, a progress text in several paragraphs, an owner the page
/// merged away); a row without a category has an empty one (written only on its group's first row).
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
        let roles = TableHeader(labels: header)?.roles ?? header.map(ColumnRole.recognise)
        let numbered = roles.first == .number
        try grid.appendRow(header, line: blocks[run.lowerBound].line)
        func close(_ row: GridRow?) throws {
            guard let row else { return }
            try grid.appendRow(cells(of: row.cells, roles: roles, numbered: numbered), line: row.line)
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
                // Taken out of `current`, the row is uniquely owned: the append is in place.
                row.cells.append(block.text)
                current = row
            } else {
                try close(current.take())
                current = GridRow(cells: [block.text], line: block.line)
            }
        }
        try close(current)
        return CellGrid(preamble: blocks[..<run.lowerBound].map(\.text), rows: grid.finish())
    }

    /// A row's cells from its paragraphs: a numbered row's paragraphs go to the columns they fit
    /// (``ParagraphRowSplit``), an empty group cell being written once per group; else in order,
    /// extra paragraphs joining the last cell.
    private static func cells(of paragraphs: [String], roles: [ColumnRole?], numbered: Bool) -> [String] {
        if numbered, let first = paragraphs.first,
            let split = ParagraphRowSplit.cells(Array(paragraphs.dropFirst()), roles: Array(roles.dropFirst()))
        {
            var cells = [first] + split
            if let group = roles.firstIndex(of: .category), cells.count < roles.count, group <= cells.count {
                cells.insert("", at: group)
            }
            return cells
        }
        guard paragraphs.count > roles.count, roles.count >= 1 else { return paragraphs }
        return Array(paragraphs.prefix(roles.count - 1)) + [paragraphs.dropFirst(roles.count - 1).joined(separator: "\n")]
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
