import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX delegate that collects the attributes of every element with a given local name
/// (`sheet` in workbook.xml, `Relationship` in its .rels part).
final class XMLAttributeCollector: NSObject, XMLParserDelegate {
    private let elementName: String
    /// Attributes of each matching element, in document order, keyed by local name.
    private(set) var elements: [[String: String]] = []

    init(elementName: String) {
        self.elementName = elementName
    }

    /// SAX callback: an element opens.
    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        guard SafeXML.localName(elementName) == self.elementName else { return }
        var local: [String: String] = [:]
        for (key, value) in attributes { local[String(SafeXML.localName(key))] = value }
        elements.append(local)
    }
}
