/// Which table of a file a limit error is about, as a message names it.
package enum GridTable: Sendable, Equatable, CustomStringConvertible {
    /// A workbook sheet, by name.
    case sheet(String)
    /// The n-th table (1-based) of a document or page.
    case table(Int)
    /// The one table of a text capture.
    case text

    package var description: String {
        switch self {
        case .sheet(let name): return "sheet '\(name.messageSafe(limit: 40))'"
        case .table(let number): return "table \(number)"
        case .text: return "the table"
        }
    }
}
