/// Why a ``CellGrid`` could not be turned into a ``Report``.
package enum ParseError: Error, Equatable, CustomStringConvertible {
    /// No row makes a header with a task and a progress column; `closest` describes the row of
    /// column labels that came nearest and the role it lacks.
    case noHeader(file: String, closest: String? = nil)
    case noTasks(file: String)
    case missingCells(file: String, line: Int, number: String, found: Int, expected: Int)
    case extraCells(file: String, line: Int, number: String, found: Int, expected: Int)
    case noYear(file: String)
    /// No title, page line, folder or file name states the month the progress is reported as of.
    case noMonth(file: String)
    case noRegion(file: String)
    /// The region given or found is empty or only dots, which names nothing.
    case unusableRegion(file: String, region: String)

    package var description: String {
        switch self {
        case .noHeader(let file, let closest?):
            return "Cannot read '\(file.messageSafe(limit: 120))': no table header names a task and its progress; \(closest)."
        case .noHeader(let file, nil):
            return "Cannot read '\(file.messageSafe(limit: 120))': no table with a task column (\(ColumnRole.task.aliases.prefix(3).joined(separator: "/"))/…)."
        case .noTasks(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': the table has a header but no task rows."
        case .missingCells(let file, let line, let number, let found, let expected):
            return "Cannot read '\(file.messageSafe(limit: 120))': the row at line \(line)\(Self.label(number)) has \(found) cells where the header has \(expected)."
        case .extraCells(let file, let line, let number, let found, let expected):
            return "Cannot read '\(file.messageSafe(limit: 120))': the row at line \(line)\(Self.label(number)) has \(found) cells, more than the header's \(expected)."
        case .noYear(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': no year in its title or text (give it with --year)."
        case .noMonth(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': no period in its title or page (such as 上半年, 1-9月, 截至10月底 or 年度完成情况); give the month the progress is reported as of with --as-of-month, or put it in the file name (2023-h1, 2023-m10, 2023年1-9月)."
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
