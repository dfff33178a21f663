import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX delegate over word/document.xml: collects paragraphs outside tables and the raw cells
/// (text, horizontal span, vertical-merge state) of each top-level table.
///
/// Tables, rows and cells together may not outnumber ``ReaderLimits/maxCells``, so a part of
/// millions of empty cells stops parsing with ``failure`` before it fills memory.
final class DocxBodyParser: NSObject, FailableXMLDelegate {
    /// A cell as written: its paragraphs, how many grid columns it spans, its vMerge state.
    struct RawCell {
        var paragraphs: [String] = []
        var span = 1
        var merge: VerticalMerge = .none
    }

    /// `w:vMerge`: none, the first cell of a merged run, or a cell continuing the one above.
    enum VerticalMerge {
        /// Not merged.
        case none
        /// The first cell of a merged run (`w:vMerge w:val="restart"`).
        case restart
        /// A cell continuing the one above (`w:vMerge` without a value).
        case `continue`
    }

    /// The paragraphs outside tables, in order.
    private(set) var paragraphs: [String] = []
    /// The top-level tables, each a list of rows of raw cells.
    private(set) var tables: [[[RawCell]]] = []

    /// The error that stopped parsing.
    private(set) var failure: ReadError?
    private let file: String
    private let limit: Int
    private var items = 0
    private var tableDepth = 0
    private var cell: RawCell?
    private var row: [RawCell] = []
    private var paragraph = ""
    private var inText = false
    private var fallbackDepth = 0

    /// A parser for the document part of `file`.
    init(file: String, limits: ReaderLimits) {
        self.file = file
        self.limit = limits.maxCells
    }

    /// SAX callback: an element opens.
    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        let name = SafeXML.localName(elementName)
        if fallbackDepth > 0 || name == "Fallback" {
            fallbackDepth += 1
            return
        }
        switch name {
        case "tbl":
            tableDepth += 1
            if tableDepth == 1 { count(parser) { self.tables.append([]) } }
        case "tr" where tableDepth == 1: count(parser) { self.row = [] }
        case "tc" where tableDepth == 1: count(parser) { self.cell = RawCell() }
        case "gridSpan" where tableDepth == 1:
            cell?.span = max(1, SafeXML.attribute("val", in: attributes).flatMap(DeclaredNumber.parse) ?? 1)
        case "vMerge" where tableDepth == 1:
            cell?.merge = SafeXML.attribute("val", in: attributes) == "restart" ? .restart : .continue
        case "p": paragraph = ""
        case "t": inText = true
        case "tab": paragraph += " "
        case "br", "cr": paragraph += "\n"
        default: break
        }
    }

    /// SAX callback: an element closes.
    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        let name = SafeXML.localName(elementName)
        if fallbackDepth > 0 {
            fallbackDepth -= 1
            return
        }
        switch name {
        case "t": inText = false
        case "p": endParagraph()
        case "tc" where tableDepth == 1:
            if let cell { row.append(cell) }
            cell = nil
        case "tr" where tableDepth == 1:
            if !tables.isEmpty { tables[tables.count - 1].append(row) }
        case "tbl": tableDepth -= 1
        default: break
        }
    }

    /// SAX callback: text inside the current element.
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && fallbackDepth == 0 { paragraph += string }
    }

    /// A paragraph goes to the open cell (nested tables included), else to the text outside tables.
    private func endParagraph() {
        let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if cell != nil {
            // Blank lines are dropped when the cell is joined; keeping them would only cost memory.
            cell?.paragraphs += lines.filter { !$0.allSatisfy(\.isWhitespace) }
        } else if tableDepth == 0 {
            paragraphs += lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        paragraph = ""
    }

    /// Runs `add` for one more table, row or cell, or stops parsing when the limit is reached.
    private func count(_ parser: XMLParser, _ add: () -> Void) {
        guard failure == nil else { return }
        guard items < limit else {
            failure = ReadError.cellLimit(
                file: file, table: .table(tables.count), rows: tables.last?.count ?? 0, columns: row.count, limit: limit)
            parser.abortParsing()
            return
        }
        items += 1
        add()
    }
}
