/// What a fuzz iteration exercises: one input format, or the history operations.
package enum FuzzKind: String, CaseIterable, Sendable, Codable {
    /// Text captures in every layout (tabbed, pipe, spaced, paragraphs, pdftotext, Markdown; UTF-8/16, GB18030).
    case text
    /// Comma-separated values.
    case csv
    /// Tab-separated values.
    case tsv
    /// Saved web pages.
    case html
    /// Word documents: their XML parts and their ZIP structure.
    case docx
    /// Excel workbooks: their XML parts and their ZIP structure.
    case xlsx
    /// Random histories: ingest, forget, reparse, link, unlink, alias, override, diff, digests.
    case history

    /// The file formats (everything but ``history``).
    package static var formats: [FuzzKind] { allCases.filter { $0 != .history } }

    /// The file name extension a generated input of this kind gets.
    package var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .history: return "json"
        default: return rawValue
        }
    }

    /// The kind a saved input belongs to, from its file name: its extension, else its `KIND-` prefix.
    package static func of(fileName: String) -> FuzzKind? {
        if fileName.hasPrefix("history") && fileName.hasSuffix(".json") { return .history }
        let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "txt", "md": return .text
        case "csv": return .csv
        case "tsv": return .tsv
        case "html", "htm": return .html
        case "docx": return .docx
        case "xlsx": return .xlsx
        default: return allCases.first { fileName.hasPrefix($0.rawValue + "-") }
        }
    }
}
