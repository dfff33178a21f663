/// Normalises the text of one table cell.
package enum CellText {
    /// Joins a cell's lines: each trimmed, blank ones dropped, joined with "\n".
    package static func join(_ lines: [String]) -> String {
        lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Collapses all whitespace runs to nothing: for names that wrap over lines (打造现代 / 农业).
    package static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
