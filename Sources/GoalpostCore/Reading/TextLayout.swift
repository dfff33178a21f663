/// Chooses the reader for a plain-text capture by looking at its lines.
///
/// Captures seen in the wild: tab-led cells (text copied out of Word, the sample), pipe or
/// Markdown rows, tab-separated rows, one cell per paragraph, a row's cells on one line
/// separated by single spaces, and columns aligned with spaces (pdftotext -layout).
package enum TextLayout: String, Sendable, CaseIterable {
    /// `| 1 | 扩空间 | … |` rows, Markdown tables included (``PipeTableReader``).
    case pipe
    /// One row per line, cells separated by tabs (``DelimitedTextReader``).
    case tabSeparated
    /// Every cell starts with a tab, a blank line ends a row: text copied out of Word (``TabbedTextReader``).
    case tabLed
    /// One cell per paragraph (``ParagraphCellReader``).
    case paragraphCells
    /// A row's cells on one line separated by single spaces (``SpacedRowReader``).
    case spacedRows
    /// Columns aligned with spaces, as pdftotext -layout writes them (``AlignedColumnsReader``).
    case alignedColumns
    /// One key/value block per project, a cell per line (``KeyValueBlockReader``).
    case keyValueBlocks
    /// Header labels and cells run on as space-separated words (``TokenRowReader``).
    case tokenRows
    /// Numbered items (1. … 2. …, 一、…, （一）…) with their progress (``ListLayoutReader``).
    case numberedList

    /// How much of a text is looked at to choose its layout.
    static let detectionBytes = 65_536

    /// The layout of `text`, or nil when none fits.
    package static func detect(_ text: String) -> TextLayout? {
        // The first 64 KB show the layout; scanning all of a long capture only costs time.
        let text = text.utf8.count > detectionBytes ? String(decoding: text.utf8.prefix(detectionBytes), as: UTF8.self) : text
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        let piped = lines.filter { PipeTableReader.isPipeLine($0.trimmingWhitespace()) }.count
        if piped >= 2 && (piped * 3 >= lines.count || hasPipeHeader(lines)) { return .pipe }
        let innerTabs = lines.filter { $0.drop { $0 == "\t" }.contains("\t") }.count
        if innerTabs >= 3 && innerTabs * 3 >= lines.count { return .tabSeparated }
        if TabbedTextReader.accepts(text) { return .tabLed }
        if AlignedColumnsReader.accepts(text) { return .alignedColumns }
        if SpacedRowReader.accepts(text) { return .spacedRows }
        if ParagraphCellReader.accepts(text) { return .paragraphCells }
        if TokenRowReader.accepts(text) { return .tokenRows }
        let listItems = ListLayoutReader.itemCount(text)
        // Of blocks of labels and list items, the reading that finds more items (☑ items whose
        // texts carry a stray label are a list).
        if KeyValueBlockReader.accepts(text), KeyValueBlockReader.blockCount(text) >= listItems { return .keyValueBlocks }
        if listItems >= 2 { return .numberedList }
        return nil
    }

    /// True when a pipe line of `lines` is a header row (a short table under a long page).
    private static func hasPipeHeader(_ lines: [Substring]) -> Bool {
        lines.contains { line in
            let trimmed = line.trimmingWhitespace()
            guard PipeTableReader.isPipeLine(trimmed), trimmed.count <= 400 else { return false }
            let cells = trimmed.split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            return cells.count >= 3 && TableHeader(labels: cells) != nil
        }
    }

    /// The line of column labels nearest to a header (split at tabs, pipes or spaces), described
    /// with the role it lacks; nil when no line holds two labels.
    static func closestHeader(in text: String) -> String? {
        let lines = text.split(whereSeparator: \.isNewline).prefix(2_000).enumerated().map { index, line in
            (index + 1, line.split { $0 == "\t" || $0 == "|" || $0.isWhitespace }.map(String.init).filter { !$0.isEmpty })
        }
        let candidates = lines.filter { _, cells in cells.count >= 2 && cells.count <= 30 && cells.allSatisfy(ColumnRole.isLabel) }
        guard let (line, cells) = candidates.max(by: { Set($0.1.compactMap(ColumnRole.recognise)).count < Set($1.1.compactMap(ColumnRole.recognise)).count }),
            Set(cells.compactMap(ColumnRole.recognise)).count >= 2
        else { return nil }
        return TableHeader.closest(in: [GridRow(cells: cells, line: line)])
    }

    /// Reads `text` with the reader its layout calls for, under `limits`; throws
    /// ``ReadError/noTable(file:)`` when none fits.
    package static func grid(of text: String, file: String, limits: ReaderLimits = .default) throws -> CellGrid {
        let layout = detect(text)
        var grid = try grid(of: text, layout: layout, file: file, limits: limits)
        grid.layout = layout?.rawValue ?? ""
        return grid
    }

    private static func grid(of text: String, layout: TextLayout?, file: String, limits: ReaderLimits) throws -> CellGrid {
        switch layout {
        case .pipe: return try PipeTableReader.read(text, file: file, limits: limits)
        case .tabSeparated: return try DelimitedTextReader.read(text, separator: "\t", file: file, limits: limits)
        case .tabLed: return try TabbedTextReader.read(text, file: file, limits: limits)
        case .spacedRows: return try SpacedRowReader.read(text, file: file, limits: limits)
        case .paragraphCells: return try ParagraphCellReader.read(text, file: file, limits: limits)
        case .alignedColumns: return try AlignedColumnsReader.read(text, file: file, limits: limits)
        case .tokenRows: return try TokenRowReader.read(text, file: file, limits: limits)
        case .keyValueBlocks: return try KeyValueBlockReader.read(text, file: file, limits: limits)
        case .numberedList: return try ListLayoutReader.read(text, file: file, limits: limits)
        case nil: throw ReadError.noTable(file: file, closest: closestHeader(in: text))
        }
    }
}
