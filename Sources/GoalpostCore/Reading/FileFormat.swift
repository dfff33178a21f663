/// The kinds of file goalpost reads, chosen by file name extension.
package enum FileFormat: String, Sendable, CaseIterable {
    /// Plain text captures (.txt, .md or no extension); the layout is chosen by content.
    case text
    /// Comma-separated values with quoted multi-line cells.
    case csv
    /// Tab-separated values with quoted multi-line cells.
    case tsv
    /// Word 2007+ documents (word/document.xml inside a ZIP archive).
    case docx
    /// Excel 2007+ workbooks.
    case xlsx
    /// Saved web pages.
    case html
    /// PDF, read as text produced by pdftotext.
    case pdf
    /// Word 97-2003 documents, read as text produced by antiword.
    case doc

    /// File name extensions per format, lower case, without the dot.
    package var extensions: [String] {
        switch self {
        case .text: return ["txt", "text", "md", "markdown"]
        case .csv: return ["csv"]
        case .tsv: return ["tsv", "tab"]
        case .docx: return ["docx"]
        case .xlsx: return ["xlsx", "xlsm"]
        case .html: return ["html", "htm", "xhtml", "shtml"]
        case .pdf: return ["pdf"]
        case .doc: return ["doc"]
        }
    }

    /// Every supported extension with its dot, for messages.
    package static var supportedExtensions: [String] {
        allCases.flatMap(\.extensions).map { "." + $0 }
    }

    /// The format named by `file`'s extension; a name without extension is text; nil when unsupported.
    package static func of(file: String) -> FileFormat? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .text }
        let ext = name[name.index(after: dot)...].lowercased()
        return allCases.first { $0.extensions.contains(ext) }
    }
}
