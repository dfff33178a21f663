import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX delegate over xl/sharedStrings.xml: the text of each `si`, rich-text runs joined and
/// phonetic guides (`rPh`) left out.
final class XlsxStringsParser: NSObject, XMLParserDelegate {
    /// Shared strings by index.
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

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
        case "si": strings.append(current)
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
