import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX delegate that can stop parsing with a ``ReadError`` (a limit reached): it calls
/// `abortParsing()` and keeps the error here for ``SafeXML/parse(_:part:file:delegate:)`` to throw.
protocol FailableXMLDelegate: XMLParserDelegate {
    /// The error that stopped parsing, if any.
    var failure: ReadError? { get }
}
