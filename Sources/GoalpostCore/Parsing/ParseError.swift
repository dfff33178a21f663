/// Why a ``CellGrid`` could not be turned into a ``Report``.
package enum ParseError: Error, Equatable, CustomStringConvertible {
    case noHeader(file: String)
    case noTasks(file: String)
    case missingCells(file: String, line: Int, number: String, found: Int, expected: Int)
    case extraCells(file: String, line: Int, number: String, found: Int, expected: Int)
    case noYear(file: String)
    case noRegion(file: String)
    /// The region given or found is empty or only dots, which names nothing.
    case unusableRegion(file: String, region: String)

    package var description: String {
        switch self {
        case .noHeader(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': no table with a task column (\(ColumnRole.task.aliases.prefix(3).joined(separator: "/"))/…)."
        case .noTasks(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': the table has a header but no task rows."
        case .missingCells(let file, let line, let number, let found, let expected):
            return "Cannot read '\(file.messageSafe(limit: 120))': the row at line \(line)\(Self.label(number)) has \(found) cells where the header has \(expected)."
        case .extraCells(let file, let line, let number, let found, let expected):
            return "Cannot read '\(file.messageSafe(limit: 120))': the row at line \(line)\(Self.label(number)) has \(found) cells, more than the header's \(expected)."
        case .noYear(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': no year in its title or text (give it with --year)."
        case .noRegion(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': no region named in its title or text (give it with --region)."
        case .unusableRegion(let file, let region):
            return "Cannot read '\(file.messageSafe(limit: 120))': the region '\(region.messageSafe())' names nothing (give a region with --region or a region sub-folder)."
        }
    }

    private static func label(_ number: String) -> String {
        number.isEmpty ? "" : " (task '\(number.messageSafe())')"
    }
}
