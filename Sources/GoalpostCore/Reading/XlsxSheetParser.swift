import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX delegate over one worksheet: cell texts by position and the merged ranges.
final class XlsxSheetParser: NSObject, XMLParserDelegate {
    /// A cell position, 0-based.
    struct Position: Hashable {
        var row: Int
        var column: Int
    }

    private let sharedStrings: [String]
    /// Cell texts by position (empty cells left out).
    private(set) var cells: [Position: String] = [:]
    /// Merged ranges, top-left and bottom-right inclusive.
    private(set) var merges: [(from: Position, to: Position)] = []

    private var position: Position?
    private var type = ""
    private var value = ""
    private var capturing = false
    private var nextRow = 0
    private var nextColumn = 0

    init(sharedStrings: [String]) {
        self.sharedStrings = sharedStrings
    }

    /// SAX callback: an element opens.
    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch SafeXML.localName(elementName) {
        case "row":
            nextRow = attributes["r"].flatMap { Int($0) }.map { $0 - 1 } ?? nextRow
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
        case "c": endCell()
        case "row": nextRow += 1
        default: break
        }
    }

    /// SAX callback: text inside the current element.
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { value += string }
    }

    private func endCell() {
        guard let position else { return }
        var text = value
        if type == "s" { text = Int(value).flatMap { $0 < sharedStrings.count ? sharedStrings[$0] : nil } ?? "" }
        if type == "b" { text = value == "1" ? "TRUE" : "FALSE" }
        if !text.isEmpty { cells[position] = text }
        nextColumn = position.column + 1
        self.position = nil
    }

    /// "B3" as row 2, column 1.
    static func position(_ reference: String) -> Position? {
        var column = 0
        var digits = ""
        for character in reference {
            if let ascii = character.asciiValue, character.isLetter {
                column = column * 26 + Int(ascii & 0xDF) - 64
            } else if character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return Position(row: row - 1, column: column - 1)
    }
}
