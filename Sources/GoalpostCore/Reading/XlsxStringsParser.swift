import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX delegate over xl/sharedStrings.xml: the text of each `si`, rich-text runs joined and
/// phonetic guides (`rPh`) left out; more strings than ``ReaderLimits/maxCells`` stop parsing.
final class XlsxStringsParser: NSObject, FailableXMLDelegate {
    /// Shared strings by index.
    private(set) var strings: [String] = []
    /// The error that stopped parsing.
    private(set) var failure: ReadError?
    private let file: String
    private let limit: Int
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    /// A parser for the shared strings of `file`, refusing more than `limits.maxCells`.
    init(file: String, limits: ReaderLimits) {
        self.file = file
        self.limit = limits.maxCells
    }

    /// SAX callback: an element opens.
    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch SafeXML.localName(elementName) {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    /// SAX callback: an element closes.
    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch SafeXML.localName(elementName) {
        case "si":
            guard strings.count < limit else {
                failure = ReadError.sharedStringLimit(file: file, limit: limit)
                parser.abortParsing()
                return
            }
            strings.append(current)
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    /// SAX callback: text inside the current element.
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
