import Foundation

/// Reads the table of a Word 2007+ document (.docx) into a ``CellGrid``.
///
/// Merged cells are expanded on the table grid: a horizontal span (`w:gridSpan`) leaves its
/// other columns empty, a vertical merge (`w:vMerge`) repeats the text of the cell above, so the
/// category is carried down. The first table with a task column is read, together with the
/// tables of the same width that follow it (a table continued after a page break). Paragraphs
/// outside tables are the preamble. A document without tables is read as a text capture.
package enum DocxReader {
    /// The part holding the document body.
    static let documentPart = "word/document.xml"

    /// The cell grid of the .docx file `bytes`.
    package static func grid(of bytes: [UInt8], file: String, limits: ReaderLimits) throws -> CellGrid {
        let archive = try OfficeArchive(bytes: bytes, file: file, format: ".docx", limits: limits)
        let body = DocxBodyParser()
        try SafeXML.parse(try archive.data(documentPart), part: documentPart, file: file, delegate: body)
        if body.tables.isEmpty {
            return try TextLayout.grid(of: body.paragraphs.joined(separator: "\n"), file: file)
        }
        let tables = body.tables.map(expand)
        guard let first = tables.firstIndex(where: { TableHeader.find(in: $0) != nil }) else {
            throw ReadError.noTaskTable(file: file, count: tables.count, container: "table")
        }
        let width = tables[first].first?.cells.count ?? 0
        var rows = tables[first]
        for table in tables[(first + 1)...] {
            guard table.first?.cells.count == width else { break }
            rows += table
        }
        let numbered = rows.enumerated().map { GridRow(cells: $0.element.cells, line: $0.offset + 1) }
        return CellGrid(preamble: body.paragraphs, rows: numbered)
    }

    /// Lays raw rows out on the table grid, all rows padded to the widest.
    static func expand(_ rawRows: [[DocxBodyParser.RawCell]]) -> [GridRow] {
        var rows: [[String]] = []
        for rawRow in rawRows {
            var cells: [String] = []
            for raw in rawRow {
                let column = cells.count
                let above = rows.last.flatMap { column < $0.count ? $0[column] : nil } ?? ""
                cells.append(raw.merge == .continue ? above : CellText.join(raw.paragraphs))
                cells += Array(repeating: "", count: raw.span - 1)
            }
            rows.append(cells)
        }
        let width = rows.map(\.count).max() ?? 0
        return rows.enumerated().map { index, cells in
            GridRow(cells: cells + Array(repeating: "", count: width - cells.count), line: index + 1)
        }
    }
}
