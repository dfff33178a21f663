import Foundation

/// Reads the table of an Excel 2007+ workbook (.xlsx) into a ``CellGrid``.
///
/// Shared strings (xl/sharedStrings.xml) and inline strings are both read. The first sheet, in
/// workbook order, whose rows hold a task column is the table. A merged range keeps its text
/// in its top-left cell and repeats it down the range's first column (a category merged over
/// its tasks); the other cells of the range stay empty. Named sheets add their name to the preamble.
/// Cells are placed through ``GridBuilder`` under the ``ReaderLimits``, one budget for all sheets.
package enum XlsxReader {
    /// The cell grid of the .xlsx file `bytes`.
    package static func grid(of bytes: [UInt8], file: String, limits: ReaderLimits) throws -> CellGrid {
        let archive = try OfficeArchive(bytes: bytes, file: file, format: ".xlsx", limits: limits)
        let sheets = try sheetParts(archive)
        let strings = XlsxStringsParser(file: file, limits: limits)
        if archive.contains("xl/sharedStrings.xml") {
            try SafeXML.parse(
                try archive.data("xl/sharedStrings.xml"), part: "xl/sharedStrings.xml", file: file, delegate: strings)
        }
        let budget = CellBudget(limit: limits.maxCells)
        var firstRows: [GridRow] = []
        for (name, part) in sheets {
            let sheet = XlsxSheetParser(sharedStrings: strings.strings, name: name, file: file, limits: limits, budget: budget)
            try SafeXML.parse(try archive.data(part), part: part, file: file, delegate: sheet)
            let rows = try sheet.rows()
            firstRows += rows.prefix(TableHeader.closestRowsPerTable)
            if TableHeader.find(in: rows) != nil {
                let isDefaultName = name.lowercased().hasPrefix("sheet") || name.hasPrefix("工作表")
                return CellGrid(preamble: isDefaultName ? [] : [name], rows: rows)
            }
        }
        let closest = TableHeader.closest(in: firstRows, naming: "row")
        throw ReadError.noTaskTable(file: file, count: sheets.count, container: "sheet", closest: closest)
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
}
