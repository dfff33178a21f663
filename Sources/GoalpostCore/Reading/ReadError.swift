/// Why a file could not be turned into a ``CellGrid``.
package enum ReadError: Error, Equatable, CustomStringConvertible {
    case empty(file: String)
    case binary(file: String)
    case undecodable(file: String)
    /// A text capture holds neither a table nor a numbered list; `closest` describes the line of
    /// column labels that came nearest to a header and what it lacks.
    case noTable(file: String, closest: String? = nil)
    case unsupportedFormat(file: String, supported: [String])
    /// The file is larger than ``ReaderLimits/maxFileBytes``.
    case tooLarge(file: String, size: Int, limit: Int)
    /// The archive unpacks to more than ``ReaderLimits/maxUncompressedBytes``.
    case archiveTooLarge(file: String, limit: Int)
    /// The bytes are not a ZIP archive although the name says .docx/.xlsx.
    case notAnArchive(file: String, format: String)
    /// A part every file of the format has is missing from the archive.
    case missingPart(file: String, part: String)
    /// A part of the archive is not well-formed XML.
    case malformedXML(file: String, part: String, reason: String)
    /// A part declares a DTD; Office files never do, and entities are never expanded.
    case declaresDTD(file: String, part: String)
    /// The file has tables (or sheets), none with a task column.
    /// `closest` describes the row of labels that came nearest to a header and the role it lacks.
    case noTaskTable(file: String, count: Int, container: String, closest: String? = nil)
    /// A format read only through an external converter reached the core reader unconverted.
    case needsConversion(file: String, converter: String)
    /// The archive uses ZIP64 records, which no Office file under ``ReaderLimits`` needs.
    case zip64Archive(file: String)
    /// A part of the archive does not fit it, does not inflate, or does not match its size or
    /// CRC-32 checksum (a damaged or altered file); `reason` says which.
    case damagedPart(file: String, part: String, reason: String)
    /// A table has a cell at `row` (1-based), beyond ``ReaderLimits/maxRows``.
    case rowLimit(file: String, table: GridTable, row: Int, limit: Int)
    /// A table has a cell at `column` (1-based), beyond ``ReaderLimits/maxColumns``.
    case columnLimit(file: String, table: GridTable, column: Int, limit: Int)
    /// A table grew to `rows` × `columns`, past what ``ReaderLimits/maxCells`` leaves the file.
    case cellLimit(file: String, table: GridTable, rows: Int, columns: Int, limit: Int)
    /// A sheet cell refers to shared string `index` (as written) of a workbook that has `count`.
    case sharedStringIndex(file: String, table: GridTable, index: String, count: Int)
    /// xl/sharedStrings.xml holds more strings than ``ReaderLimits/maxCells``.
    case sharedStringLimit(file: String, limit: Int)

    package var description: String {
        switch self {
        case .empty(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': the file is empty."
        case .binary(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': it is a binary file, not a text table (give a .txt export of the table)."
        case .undecodable(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': the text is neither UTF-8, UTF-16 with BOM nor GB18030."
        case .noTable(let file, let closest?):
            return "Cannot read '\(file.messageSafe(limit: 120))': no table or numbered list in the text; \(closest)."
        case .noTable(let file, nil):
            return "Cannot read '\(file.messageSafe(limit: 120))': no table or numbered list in the text: no line of column labels naming a task and its progress (序号, 工作任务/项目名称, 完成情况/进展情况 …), separated by tabs, pipes or spaces, and no numbered items (1. 2. …, 一、二、…)."
        case .unsupportedFormat(let file, let supported):
            return "Cannot read '\(file.messageSafe(limit: 120))': unsupported format (supported: \(supported.joined(separator: ", ")))."
        default:
            return limitDescription ?? gridDescription ?? structureDescription
        }
    }

    private var gridDescription: String? {
        switch self {
        case .rowLimit(let file, let table, let row, let limit):
            return "Cannot read '\(file.messageSafe(limit: 120))': \(table) has a cell at row \(row), beyond the \(limit)-row limit."
        case .columnLimit(let file, let table, let column, let limit):
            return "Cannot read '\(file.messageSafe(limit: 120))': \(table) has a cell at column \(column), beyond the \(limit)-column limit."
        case .cellLimit(let file, let table, let rows, let columns, let limit):
            return "Cannot read '\(file.messageSafe(limit: 120))': \(table) grows past \(limit) cells (\(rows) rows, up to \(columns) columns), over the cell limit for one file."
        case .sharedStringIndex(let file, let table, let index, let count):
            return "Cannot read '\(file.messageSafe(limit: 120))': \(table) refers to shared string '\(index.messageSafe(limit: 20))', but the workbook has only \(count)."
        case .sharedStringLimit(let file, let limit):
            return "Cannot read '\(file.messageSafe(limit: 120))': 'xl/sharedStrings.xml' holds more than \(limit) strings, over the cell limit for one file."
        case .damagedPart(let file, let part, let reason):
            return "Cannot read '\(file.messageSafe(limit: 120))': '\(part.messageSafe(limit: 80))' is damaged (\(reason)); refused."
        default:
            return nil
        }
    }

    private var limitDescription: String? {
        switch self {
        case .tooLarge(let file, let size, let limit):
            return "Cannot read '\(file.messageSafe(limit: 120))': the file is \(ReaderLimits.describe(size)), over the \(ReaderLimits.describe(limit)) size limit (raise the limit in the configuration to read it)."
        case .archiveTooLarge(let file, let limit):
            return "Cannot read '\(file.messageSafe(limit: 120))': it unpacks to more than \(ReaderLimits.describe(limit)), which looks like a zip bomb; refused."
        case .declaresDTD(let file, let part):
            return "Cannot read '\(file.messageSafe(limit: 120))': '\(part.messageSafe(limit: 80))' declares a DTD, which Office files never do; refused (entities are never expanded)."
        default:
            return nil
        }
    }

    private var structureDescription: String {
        switch self {
        case .notAnArchive(let file, let format):
            return "Cannot read '\(file.messageSafe(limit: 120))': it is not a valid \(format) file (not a ZIP archive)."
        case .missingPart(let file, let part):
            return "Cannot read '\(file.messageSafe(limit: 120))': the archive has no '\(part.messageSafe(limit: 80))'."
        case .malformedXML(let file, let part, let reason):
            return "Cannot read '\(file.messageSafe(limit: 120))': '\(part.messageSafe(limit: 80))' is not well-formed XML (\(reason.messageSafe(limit: 120)))."
        case .noTaskTable(let file, let count, let container, let closest):
            if count == 0 { return "Cannot read '\(file.messageSafe(limit: 120))': it contains no \(container)." }
            let noun = count == 1 ? "its only \(container)" : "its \(count) \(container)s"
            if let closest { return "Cannot read '\(file.messageSafe(limit: 120))': no header names a task and its progress in \(noun); \(closest)." }
            let aliases = ColumnRole.task.aliases.prefix(2).joined(separator: "/")
            return "Cannot read '\(file.messageSafe(limit: 120))': no table with a task column (\(aliases)/…) in \(noun)."
        case .zip64Archive(let file):
            return "Cannot read '\(file.messageSafe(limit: 120))': it is a ZIP64 archive, which no Office file under the size limits needs; refused."
        case .needsConversion(let file, let converter):
            return "Cannot read '\(file.messageSafe(limit: 120))': this format is read through the external converter '\(converter)', not directly."
        default:
            return "Cannot read the file."
        }
    }
}
