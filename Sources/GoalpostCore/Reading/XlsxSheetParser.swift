import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX delegate over one worksheet: places each cell's text on a ``GridBuilder`` as it is read,
/// and keeps the merged ranges for ``rows()``.
///
/// Row numbers and cell references are read with ``DeclaredNumber`` (no overflow); a `<row r>`
/// that is not a positive number is ignored and the row counted on from the one before. A limit
/// reached or a shared-string index out of range stops parsing with ``failure``.
final class XlsxSheetParser: NSObject, FailableXMLDelegate {
    /// A cell position, 0-based.
    struct Position: Hashable {
        var row: Int
        var column: Int
    }

    private let sharedStrings: [String]
    private let table: GridTable
    private let file: String
    private var grid: GridBuilder
    /// Merged ranges, top-left and bottom-right inclusive.
    private(set) var merges: [(from: Position, to: Position)] = []
    /// The error that stopped parsing.
    private(set) var failure: ReadError?

    private var position: Position?
    private var type = ""
    private var value = ""
    private var capturing = false
    private var nextRow = 0
    private var nextColumn = 0

    /// A parser for the sheet named `name` of `file`, taking its cells from `budget`.
    init(sharedStrings: [String], name: String, file: String, limits: ReaderLimits, budget: CellBudget) {
        self.sharedStrings = sharedStrings
        self.table = .sheet(name)
        self.file = file
        self.grid = GridBuilder(file: file, table: .sheet(name), limits: limits, budget: budget)
    }

    /// SAX callback: an element opens.
    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch SafeXML.localName(elementName) {
        case "row":
            if let number = attributes["r"].flatMap(DeclaredNumber.parse), number > 0 { nextRow = number - 1 }
            nextColumn = 0
        case "c":
            position = attributes["r"].flatMap(Self.position) ?? Position(row: nextRow, column: nextColumn)
            type = attributes["t"] ?? "n"
            value = ""
        case "v", "t": capturing = position != nil
        case "mergeCell":
            let ends = (attributes["ref"] ?? "").split(separator: ":").compactMap { Self.position(String($0)) }
            if ends.count == 2 { merges.append((ends[0], ends[1])) }
        default: break
        }
    }

    /// SAX callback: an element closes.
    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch SafeXML.localName(elementName) {
        case "v", "t": capturing = false
        case "c":
            do {
                try endCell()
            } catch {
                failure = error as? ReadError
                parser.abortParsing()
            }
        case "row": nextRow += 1
        default: break
        }
    }

    /// SAX callback: text inside the current element.
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { value += string }
    }

    /// The sheet's rows from A1 to the last used cell, with merged ranges applied.
    ///
    /// A merged range repeats its top-left text down its first column, clamped to the rows the
    /// sheet uses, so a range declared far past the table adds nothing; rows a merge already
    /// filled are not filled again.
    func rows() throws -> [GridRow] {
        let lastRow = grid.height - 1
        var filledThrough: [Int: Int] = [:]
        let ordered = merges.sorted { ($0.from.column, $0.from.row) < ($1.from.column, $1.from.row) }
        for (from, to) in ordered where to.row > from.row {
            let text = grid.text(row: from.row, column: from.column)
            let first = max(from.row, filledThrough[from.column] ?? -1) + 1
            let last = min(to.row, lastRow)
            guard !text.isEmpty, first <= last else { continue }
            for row in first...last { try grid.place(text, row: row, column: from.column) }
            filledThrough[from.column] = last
        }
        return grid.finish()
    }

    private func endCell() throws {
        guard let position else { return }
        self.position = nil
        nextColumn = position.column + 1
        let text = try cellText()
        if !text.isEmpty {
            try grid.place(CellText.join(text.split(separator: "\n").map(String.init)), row: position.row, column: position.column)
        }
    }

    private func cellText() throws -> String {
        switch type {
        case "s":
            guard !value.isEmpty else { return "" }
            guard let index = DeclaredNumber.parse(value), index < sharedStrings.count else {
                throw ReadError.sharedStringIndex(file: file, table: table, index: value, count: sharedStrings.count)
            }
            return sharedStrings[index]
        case "b": return value == "1" ? "TRUE" : "FALSE"
        default: return value
        }
    }

    /// "B3" as row 2, column 1; nil unless ASCII letters then digits, both positive.
    static func position(_ reference: String) -> Position? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }
        guard let column = DeclaredNumber.column(letters),
            let row = DeclaredNumber.parse(reference.dropFirst(letters.count)), row > 0
        else { return nil }
        return Position(row: row - 1, column: column - 1)
    }
}
