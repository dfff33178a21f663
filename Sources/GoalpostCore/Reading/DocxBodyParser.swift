import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX delegate over word/document.xml: collects paragraphs outside tables and the raw cells
/// (text, horizontal span, vertical-merge state) of each top-level table.
final class DocxBodyParser: NSObject, XMLParserDelegate {
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

    private var tableDepth = 0
    private var cell: RawCell?
    private var row: [RawCell] = []
    private var paragraph = ""
    private var inText = false
    private var fallbackDepth = 0

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
            if tableDepth == 1 { tables.append([]) }
        case "tr" where tableDepth == 1: row = []
        case "tc" where tableDepth == 1: cell = RawCell()
        case "gridSpan" where tableDepth == 1:
            cell?.span = max(1, Int(SafeXML.attribute("val", in: attributes) ?? "1") ?? 1)
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
        case "tr" where tableDepth == 1: tables[tables.count - 1].append(row)
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
            cell?.paragraphs += lines
        } else if tableDepth == 0 {
            paragraphs += lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        paragraph = ""
    }
}
