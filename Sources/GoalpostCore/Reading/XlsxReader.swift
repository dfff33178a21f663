import Foundation

/// Reads the table of an Excel 2007+ workbook (.xlsx) into a ``CellGrid``.
///
/// Shared strings (xl/sharedStrings.xml) and inline strings are both read. The first sheet, in
/// workbook order, whose rows hold a task column is the table. A merged range keeps its text
/// in its top-left cell and repeats it down the range's first column (a category merged over
/// its tasks); the other cells of the range stay empty. Named sheets add their name to the preamble.
package enum XlsxReader {
    /// The cell grid of the .xlsx file `bytes`.
    package static func grid(of bytes: [UInt8], file: String, limits: ReaderLimits) throws -> CellGrid {
        let archive = try OfficeArchive(bytes: bytes, file: file, format: ".xlsx", limits: limits)
        let sheets = try sheetParts(archive)
        let strings = XlsxStringsParser()
        if archive.contains("xl/sharedStrings.xml") {
            try SafeXML.parse(
                try archive.data("xl/sharedStrings.xml"), part: "xl/sharedStrings.xml", file: file, delegate: strings)
        }
        for (name, part) in sheets {
            let sheet = XlsxSheetParser(sharedStrings: strings.strings)
            try SafeXML.parse(try archive.data(part), part: part, file: file, delegate: sheet)
            let rows = layOut(sheet)
            if TableHeader.find(in: rows) != nil {
                let isDefaultName = name.lowercased().hasPrefix("sheet") || name.hasPrefix("工作表")
                return CellGrid(preamble: isDefaultName ? [] : [name], rows: rows)
            }
        }
        throw ReadError.noTaskTable(file: file, count: sheets.count, container: "sheet")
    }

    /// (sheet name, part path) in workbook order.
    private static func sheetParts(_ archive: OfficeArchive) throws -> [(String, String)] {
        let workbook = XMLAttributeCollector(elementName: "sheet")
        try SafeXML.parse(
            try archive.data("xl/workbook.xml"), part: "xl/workbook.xml", file: archive.file, delegate: workbook)
        let relations = XMLAttributeCollector(elementName: "Relationship")
        let relsPart = "xl/_rels/workbook.xml.rels"
        try SafeXML.parse(try archive.data(relsPart), part: relsPart, file: archive.file, delegate: relations)
        var targets: [String: String] = [:]
        for relation in relations.elements {
            guard let id = relation["Id"], let target = relation["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return workbook.elements.compactMap { sheet in
            guard let id = sheet["id"], let part = targets[id] else { return nil }
            return (sheet["name"] ?? "", part)
        }
    }

    /// The sheet's cells as rows from A1 to the last used cell, merged ranges applied.
    static func layOut(_ sheet: XlsxSheetParser) -> [GridRow] {
        var cells = sheet.cells
        for (from, to) in sheet.merges where to.row > from.row {
            guard let text = cells[from] else { continue }
            for row in (from.row + 1)...to.row {
                cells[XlsxSheetParser.Position(row: row, column: from.column)] = text
            }
        }
        let height = (cells.keys.map(\.row).max() ?? -1) + 1
        let width = (cells.keys.map(\.column).max() ?? -1) + 1
        var grid = Array(repeating: Array(repeating: "", count: width), count: height)
        for (position, text) in cells {
            grid[position.row][position.column] = CellText.join(text.split(separator: "\n").map(String.init))
        }
        return grid.enumerated().map { GridRow(cells: $0.element, line: $0.offset + 1) }
    }
}
