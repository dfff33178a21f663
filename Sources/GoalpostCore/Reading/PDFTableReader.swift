/// Reads a table from a PDF's word positions (``PDFLayout``) rather than its text flow.
///
/// pdftotext puts each table cell in a block of its own (and a block holding two neighbouring cells
/// is cut at the column edge, word by word). The header is the first group of blocks side by side
/// whose texts are column labels; each column starts at the left edge its cells are written from.
/// Below it, blocks whose heights overlap form a row, so a number centred in
/// a tall row and a cell wrapping over many lines stay in it; a block across several columns alone
/// is a section row; a row without a number (without a task, in a table with no number column)
/// continues the row above: after a page break, or a paragraph pdftotext set apart; repeated
/// headers, page numbers and a bracketed note after the table（此件公开发布）are not rows. Group cells (工作目标) do not join rows: each goes to the row
/// it starts in, or, centred in a merged cell, to the first row of the span it is centred on.
package enum PDFTableReader {
    /// Gap in points below which two blocks count as side by side or overlapping.
    static let tolerance = 1.0

    /// The grid of the first table in `layout`, or nil when no block row makes a header.
    package static func grid(of layout: PDFLayout, file: String, limits: ReaderLimits = .default) throws -> CellGrid? {
        let blocks = layout.blocks.sorted { ($0.page, $0.box.yMin, $0.box.xMin) < ($1.page, $1.box.yMin, $1.box.xMin) }
        guard let (header, headerRange) = header(in: blocks) else { return nil }
        var grid = GridBuilder.text(file: file, limits: limits)
        try grid.checkWidth(header.count)
        let columns = ColumnSpans(header: header, body: Array(blocks[headerRange.upperBound...]))
        let labels = header.map(\.text)
        let roles = TableHeader(labels: labels)?.roles ?? []
        let groupColumns = Set(roles.indices.filter { roles[$0] == .category })
        let numberColumn = roles.firstIndex(of: .number)
        let body = withoutRepeatedHeaders(Array(blocks[headerRange.upperBound...]), labels: labels).filter { !isPageFurniture($0) }
        let taskColumn = roles.firstIndex(of: .task)
        var rows = RowAssembler(
            columns: columns, groupColumns: groupColumns, keyColumn: numberColumn ?? taskColumn, numbered: numberColumn != nil)
        body.forEach { rows.add($0) }
        var tableRows = rows.finish()
        var notes: [String] = []
        // A note after the table（此件公开发布）is page text, not a row.
        while let last = tableRows.last, let note = onlyCell(of: last), isBracketed(note) {
            notes.append(note)
            tableRows.removeLast()
        }
        notes.reverse()
        try grid.appendRow(labels, line: 1)
        for (index, row) in tableRows.enumerated() { try grid.appendRow(row, line: index + 2) }
        let preamble = blocks[..<headerRange.lowerBound].map(\.text) + notes
        return CellGrid(preamble: preamble, rows: grid.finish(), layout: "pdfGeometry")
    }

    /// Runs of blocks side by side on a page (each overlapping the height of those before it).
    private static func bands(of blocks: [PDFLayout.Block]) -> [Range<Int>] {
        var bands: [Range<Int>] = []
        var start = 0
        while start < blocks.count {
            var end = start + 1
            var bottom = blocks[start].box.yMax
            while end < blocks.count, blocks[end].page == blocks[start].page, blocks[end].box.yMin < bottom - tolerance {
                bottom = max(bottom, blocks[end].box.yMax)
                end += 1
            }
            bands.append(start..<end)
            start = end
        }
        return bands
    }

    /// The first band of blocks (left to right) that makes a header.
    private static func header(in blocks: [PDFLayout.Block]) -> ([PDFLayout.Block], Range<Int>)? {
        for band in bands(of: blocks) {
            let group = blocks[band].sorted { $0.box.xMin < $1.box.xMin }
            if group.count >= 3, TableHeader(labels: group.map(\.text)) != nil { return (group, band) }
        }
        return nil
    }

    /// The blocks without the bands that repeat the header (tables repeat it at the top of each page).
    private static func withoutRepeatedHeaders(_ blocks: [PDFLayout.Block], labels: [String]) -> [PDFLayout.Block] {
        let header = Set(labels.map(CellText.squeezed))
        return bands(of: blocks).flatMap { band -> ArraySlice<PDFLayout.Block> in
            let repeats = band.count >= 2
                && blocks[band].filter { header.contains(CellText.squeezed($0.text)) }.count * 2 > header.count
            return repeats ? [] : blocks[band]
        }
    }

    private static func onlyCell(of row: [String]) -> String? {
        let filled = row.filter { !$0.isEmpty }
        return filled.count == 1 ? filled[0] : nil
    }

    private static func isBracketed(_ text: String) -> Bool {
        let text = text.trimmingWhitespace()
        guard let first = text.first, let last = text.last else { return false }
        return SectionTitle.openers.contains(first) && SectionTitle.closers.contains(last) && !SectionTitle.isNumber(text)
    }

    /// Page numbers (- 3 -, 第3页, 3/24) are not table text.
    private static func isPageFurniture(_ block: PDFLayout.Block) -> Bool {
        let text = block.text.filter { !$0.isWhitespace }
        return block.lines.count == 1 && text.count <= 12 && text.firstMatch(of: pageNumber) != nil
    }

    /// - 3 -, 第3页, 第3页共24页, 3/24 (built once).
    nonisolated(unsafe) private static let pageNumber = #/^(?:[-—–]\d+[-—–]|第\d+页(?:共\d+页)?|\d+/\d+)$/#
}

/// Where each column starts: cells are written from their column's left edge, so each column
/// starts at the leftmost block edge between the previous header label's end and its own label's
/// start (a label centred in a wide column starts right of the column's edge), else at its label.
struct ColumnSpans {
    /// The left edge of every column but the first.
    private let bounds: [Double]
    /// Slack for text set a little left of its column's edge.
    static let slack = 2.0

    init(header: [PDFLayout.Block], body: [PDFLayout.Block]) {
        let edges = body.map(\.box.xMin).sorted()
        bounds = header.indices.dropFirst().map { index in
            let after = header[index - 1].box.xMax
            let label = header[index].box.xMin
            return edges.first { $0 > after && $0 <= label + Self.slack } ?? label
        }
    }

    var count: Int { bounds.count + 1 }

    /// The bound between the first column and the second.
    var leftEdge: Double { bounds.first ?? .infinity }

    /// The column a box starts in.
    func column(of box: PDFLayout.Box) -> Int {
        bounds.lastIndex { $0 - Self.slack <= box.xMin }.map { $0 + 1 } ?? 0
    }

    /// The block cut into one block per column its words fall in (pdftotext can join the lines of
    /// two neighbouring cells into one).
    func split(_ block: PDFLayout.Block) -> [PDFLayout.Block] {
        var parts: [Int: [PDFLayout.Line]] = [:]
        for line in block.lines {
            var byColumn: [Int: [PDFLayout.Word]] = [:]
            for word in line.words { byColumn[column(of: word.box), default: []].append(word) }
            for (column, words) in byColumn { parts[column, default: []].append(PDFLayout.Line(words: words)) }
        }
        guard parts.count > 1 else { return [block] }
        return parts.sorted { $0.key < $1.key }.map { PDFLayout.Block(lines: $0.value, page: block.page) }
    }

    /// How many columns the block reaches into by more than a few points.
    func columnsSpanned(by box: PDFLayout.Box) -> Int {
        1 + bounds.filter { box.xMin < $0 && box.xMax > $0 + 4 }.count
    }
}

/// Groups body blocks into rows by overlapping heights.
struct RowAssembler {
    let columns: ColumnSpans
    let groupColumns: Set<Int>
    /// The number column, else the task column: empty only where a row goes on from the row above.
    let keyColumn: Int?
    /// True when the key column is the number column.
    let numbered: Bool

    private struct Row {
        var cells: [[String]]
        var top: Double
        var bottom: Double
        var page: Int
        var spanning: String?
        var hasKey = false
    }

    private var rows: [Row] = []
    private var groups: [(column: Int, block: PDFLayout.Block)] = []

    init(columns: ColumnSpans, groupColumns: Set<Int>, keyColumn: Int?, numbered: Bool) {
        self.columns = columns
        self.groupColumns = groupColumns
        self.keyColumn = keyColumn
        self.numbered = numbered
    }

    /// A section row (一、…): a block alone at its height that starts at the table's left and
    /// runs across columns.
    private func isSection(_ block: PDFLayout.Block) -> Bool {
        let box = block.box
        return box.xMin < columns.leftEdge && columns.columnsSpanned(by: box) >= 2 && block.lines.count <= 2
            && !overlapsLast(block)
    }

    /// Adds a block: a section row of its own, else each column's part of it as a cell.
    mutating func add(_ block: PDFLayout.Block) {
        if isSection(block) {
            rows.append(Row(cells: [], top: block.box.yMin, bottom: block.box.yMax, page: block.page, spanning: block.text))
            return
        }
        columns.split(block).forEach { addCell($0) }
    }

    private mutating func addCell(_ block: PDFLayout.Block) {
        let box = block.box
        let column = columns.column(of: box)
        if groupColumns.contains(column) {
            // A group name set over lines pdftotext keeps apart (打造美丽 / 乡村) is one cell.
            if let last = groups.indices.last, groups[last].column == column, groups[last].block.page == block.page,
                block.box.yMin - groups[last].block.box.yMax < (block.lines.first?.box.height ?? 0)
            {
                // Extended in place: a name set over many lines costs its length, not its square.
                groups[last].block.lines.append(contentsOf: block.lines)
                groups[last].block.box = groups[last].block.box.union(block.box)
            } else {
                groups.append((column, block))
            }
            return
        }
        if !overlapsLast(block) {
            rows.append(Row(cells: Array(repeating: [], count: columns.count), top: box.yMin, bottom: box.yMax, page: block.page))
        }
        guard var row = rows.popLast() else { return }
        if row.spanning != nil {
            rows.append(row)
            row = Row(cells: Array(repeating: [], count: columns.count), top: box.yMin, bottom: box.yMax, page: block.page)
        }
        row.cells[column].append(block.text)
        row.bottom = max(row.bottom, box.yMax)
        if column == keyColumn, !numbered || SectionTitle.isNumber(block.text) { row.hasKey = true }
        rows.append(row)
    }

    private func overlapsLast(_ block: PDFLayout.Block) -> Bool {
        guard let last = rows.last, last.page == block.page else { return false }
        return block.box.yMin < last.bottom - PDFTableReader.tolerance
    }

    /// The rows as cells: rows at a page top without a number, or any row with an empty number cell
    /// in a numbered table, continue the row before; group cells go to their rows.
    func finish() -> [[String]] {
        var merged: [Row] = []
        let cellRows = rows.filter { $0.spanning == nil }
        // In a table that numbers most rows (or names a task on each), a row whose key cell is
        // empty is more of the row above: the rest of a cell after a page break, or a paragraph
        // pdftotext set apart.
        let keyed = keyColumn != nil && cellRows.filter(\.hasKey).count * 2 >= cellRows.count
        for row in rows {
            let keyEmpty = keyColumn.map { row.cells.indices.contains($0) && row.cells[$0].isEmpty } ?? false
            let continues = row.spanning == nil && !row.hasKey && keyColumn != nil && keyEmpty
                && (keyed || merged.last.map { row.page > $0.page } ?? false)
            if continues, let previous = merged.last, previous.spanning == nil {
                merged[merged.count - 1] = joined(previous, row)
            } else {
                merged.append(row)
            }
        }
        var lastGrouped = -1
        let pageRows = Dictionary(grouping: merged.indices.filter { merged[$0].spanning == nil }, by: { merged[$0].page })
        for (column, block) in groups {
            guard let index = rowIndex(for: block, in: merged, candidates: pageRows[block.page] ?? [], after: lastGrouped)
            else { continue }
            merged[index].cells[column].append(block.text)
            lastGrouped = index
        }
        return merged.map { row in
            if let spanning = row.spanning { return [spanning] }
            return row.cells.map { $0.joined(separator: "\n") }
        }
    }

    /// Most rows a merged group cell is looked for over.
    static let maxMergedRows = 60

    private func joined(_ first: Row, _ second: Row) -> Row {
        var joined = first
        for column in joined.cells.indices { joined.cells[column] += second.cells[column] }
        joined.top = min(first.top, second.top)
        joined.bottom = max(first.bottom, second.bottom)
        joined.page = max(first.page, second.page)
        return joined
    }

    /// The row a group cell belongs to: the row it starts in, or, when it is centred in a merged
    /// cell over several rows, the first row of that span after the last grouped row (the one whose
    /// top mirrors a row's bottom around the cell's centre).
    private func rowIndex(for block: PDFLayout.Block, in rows: [Row], candidates: [Int], after lastGrouped: Int) -> Int? {
        // The candidates are the page's rows in order: the containing one is found by bisection.
        var low = 0
        var high = candidates.count
        while low < high {
            let middle = (low + high) / 2
            if rows[candidates[middle]].top <= block.box.yMin + PDFTableReader.tolerance { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return candidates.first }
        let position = low - 1
        let containing = candidates[position]
        if abs(rows[containing].top - block.box.yMin) <= block.lines[0].box.height { return containing }
        // Below everything of its row: the first line of a merged cell whose rows start after it
        // (on the next page when the page breaks there).
        if block.box.yMin > rows[containing].bottom, containing + 1 < rows.count {
            return rows[(containing + 1)...].firstIndex { $0.spanning == nil }
        }
        let center = block.box.centerY
        let before = candidates[max(0, position - Self.maxMergedRows)...position]
        let after = candidates[position..<min(candidates.count, position + Self.maxMergedRows)]
        for first in before where first > lastGrouped {
            let mirrored = 2 * center - rows[first].top
            if after.contains(where: { abs(rows[$0].bottom - mirrored) <= 6 }) { return first }
        }
        return containing
    }
}
