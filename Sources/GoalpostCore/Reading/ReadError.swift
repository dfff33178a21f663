/// Why a file could not be turned into a ``CellGrid``.
package enum ReadError: Error, Equatable, CustomStringConvertible {
    case empty(file: String)
    case binary(file: String)
    case undecodable(file: String)
    case noTable(file: String)
    case unsupportedFormat(file: String, supported: [String])

    package var description: String {
        switch self {
        case .empty(let file):
            return "Cannot read '\(file)': the file is empty."
        case .binary(let file):
            return "Cannot read '\(file)': it is a binary file, not a text table (give a .txt export of the table)."
        case .undecodable(let file):
            return "Cannot read '\(file)': the text is neither UTF-8, UTF-16 with BOM nor GB18030."
        case .noTable(let file):
            return "Cannot read '\(file)': no recognisable table (expected tab-led cells with a 序号/工作任务/完成情况 header)."
        case .unsupportedFormat(let file, let supported):
            return "Cannot read '\(file)': unsupported format (supported: \(supported.joined(separator: ", ")))."
        }
    }
}
