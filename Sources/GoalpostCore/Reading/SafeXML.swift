import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's SAX `XMLParser` over one part of an archive, refusing DTDs.
///
/// Office parts never declare a DTD, so any `<!DOCTYPE` is refused before parsing: no internal
/// entity can be expanded (billion laughs) and no external entity resolved.
enum SafeXML {
    /// Parses `data` (the part `part` of `file`) with `delegate`, after ``XMLBytes`` checked it;
    /// a ``FailableXMLDelegate``'s failure is thrown in place of the parser's error.
    static func parse(_ data: Data, part: String, file: String, delegate: XMLParserDelegate) throws {
        let data = try XMLBytes.prepared(data, part: part, file: file)
        if declaresDTD(data) { throw ReadError.declaresDTD(file: file, part: part) }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let failure = (delegate as? FailableXMLDelegate)?.failure { throw failure }
        // On Linux a truncated document can end parsing with success but a recorded error.
        guard succeeded, parser.parserError == nil else {
            let reason = parser.parserError.map { "\(($0 as NSError).code): line \(parser.lineNumber)" } ?? "unknown error"
            throw ReadError.malformedXML(file: file, part: part, reason: "parser error \(reason)")
        }
    }

    /// True when the prolog (everything before the root element) holds a `<!DOCTYPE` or `<!ENTITY`.
    private static func declaresDTD(_ data: Data) -> Bool {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == UInt8(ascii: "<") {
                    let next = bytes[index + 1]
                    if next == UInt8(ascii: "!") && index + 2 < bytes.count && bytes[index + 2] != UInt8(ascii: "-") {
                        return true
                    }
                    if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") { return false }
                }
                index += 1
            }
            return false
        }
    }

    /// The local part of a qualified XML name: "tc" for "w:tc".
    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// The value of the attribute whose local name is `name`, whatever its prefix.
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        attributes.first { localName($0.key) == name }?.value
    }
}
