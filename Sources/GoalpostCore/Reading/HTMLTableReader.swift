/// Reads the progress table of a saved web page into a ``CellGrid``.
///
/// Pages wrap the table in navigation, layout tables and notices (索引号, 发布日期, 浏览量).
/// Every table is built, nested ones separately; the one with a task column and the most rows,
/// with the same-width tables right after it (a table split across pages), is the table.
/// `<br>`, `<p>`, `<div>` and `<li>` break lines inside a cell. Text outside the table (title,
/// page header, other tables) is the preamble.
package enum HTMLTableReader {
    /// Elements that start a new line of text, inside a cell or outside tables.
    static let lineBreakingElements: Set<String> = [
        "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "ul", "ol",
        "section", "article", "header", "footer", "table", "dd", "dt", "blockquote", "pre", "hr",
    ]

    /// The cell grid of the page `html`; throws when no table has a task column.
    package static func grid(of html: String, file: String, limits: ReaderLimits = .default) throws -> CellGrid {
        var outside: [String] = [""]
        var open: [Int] = []
        var builders: [HTMLTableBuilder] = []
        let budget = CellBudget(limit: limits.maxCells)
        for token in HTMLTokenizer.tokens(html) {
            switch token {
            case .start(let name, let attributes):
                if name == "table" {
                    builders.append(try newTable(number: builders.count + 1, file: file, limits: limits, budget: budget))
                    open.append(builders.count - 1)
                } else if let top = open.last {
                    if name == "tr" { try builders[top].startRow() }
                    if name == "td" || name == "th" { try builders[top].startCell(attributes: attributes) }
                }
                if lineBreakingElements.contains(name) { breakLine(&outside, &builders, open.last) }
            case .end(let name):
                if let top = open.last {
                    if name == "td" || name == "th" { try builders[top].endCell() }
                    if name == "tr" { try builders[top].endRow() }
                    if name == "table" { _ = open.popLast() }
                }
                if lineBreakingElements.contains(name) { breakLine(&outside, &builders, open.last) }
            case .text(let text):
                let flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
                if let top = open.last, builders[top].inCell {
                    builders[top].appendText(flat)
                } else if open.isEmpty {
                    outside[outside.count - 1] += flat
                }
            }
        }
        return try choose(tables: builders.map { var builder = $0; return try builder.finish() }, outside: outside, file: file)
    }

    /// A builder for the `number`-th table; a table costs one cell of the budget, so empty
    /// `<table>` tags cannot pile up unbudgeted.
    private static func newTable(number: Int, file: String, limits: ReaderLimits, budget: CellBudget) throws -> HTMLTableBuilder {
        guard budget.take(1) else {
            throw ReadError.cellLimit(file: file, table: .table(number), rows: 0, columns: 0, limit: budget.limit)
        }
        let grid = GridBuilder(file: file, table: .table(number), limits: limits, budget: budget)
        return HTMLTableBuilder(grid: grid, maxColumns: limits.maxColumns)
    }

    private static func breakLine(_ outside: inout [String], _ builders: inout [HTMLTableBuilder], _ top: Int?) {
        if let top, builders[top].inCell { builders[top].breakLine() } else { outside.append("") }
    }

    /// The table with a task column and the most rows, together with the tables of the same
    /// width that follow it (a table split across pages or 续表); the rest is preamble.
    private static func choose(tables: [[GridRow]], outside: [String], file: String) throws -> CellGrid {
        var groups: [[Int]] = []
        for index in tables.indices {
            let width = tables[index].first?.cells.count
            if let last = groups.last?.last, last == index - 1, tables[last].first?.cells.count == width {
                groups[groups.count - 1].append(index)
            } else if TableHeader.find(in: tables[index]) != nil {
                groups.append([index])
            }
        }
        let rowCount = { (group: [Int]) in group.reduce(0) { $0 + tables[$1].count } }
        guard let best = groups.max(by: { rowCount($0) < rowCount($1) }) else {
            let closest = TableHeader.closest(in: tables.flatMap { $0.prefix(TableHeader.closestRowsPerTable) }, naming: "row")
            throw ReadError.noTaskTable(file: file, count: tables.count, container: "table", closest: closest)
        }
        // A group is a run of consecutive tables: a range test, not a search per table.
        let chosen = (best.first ?? 0)...(best.last ?? 0)
        let others = tables.indices.filter { !chosen.contains($0) }.flatMap { tables[$0].flatMap(\.filledCells) }
        let lines = outside.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let rows = best.flatMap { tables[$0] }.enumerated().map { GridRow(cells: $0.element.cells, line: $0.offset + 1) }
        return CellGrid(preamble: lines + others, rows: rows)
    }
}
