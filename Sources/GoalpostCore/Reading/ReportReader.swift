/// Reads a report file's bytes into a ``Report``: choosing a format reader, then parsing the grid.
package enum ReportReader {
    /// File name extensions this build can read (PDF and .doc through the service's converters).
    package static var supportedExtensions: [String] { FileFormat.allCases.flatMap(\.extensions) }

    /// Parses the bytes of the file named in `options`; throws ``ReadError`` or ``ParseError``.
    ///
    /// `format` overrides the format the file name implies (converted PDF text is read as `.text`).
    package static func read(
        _ bytes: [UInt8], options: ParseOptions, limits: ReaderLimits = .default, format: FileFormat? = nil
    ) throws -> Report {
        var options = options
        if options.sha256.isEmpty { options.sha256 = SHA256.hex(bytes) }
        return try table(of: bytes, file: options.fileName, limits: limits, format: format).report(options: options)
    }

    /// The tasks of the file `file` whose content is `bytes`, before its region, year and period are read.
    package static func table(
        of bytes: [UInt8], file: String, limits: ReaderLimits = .default, format: FileFormat? = nil
    ) throws -> ReadTable {
        try TableParser.table(of: grid(of: bytes, file: file, limits: limits, format: format), file: file)
    }

    /// The tasks of a PDF from pdftotext's `-bbox-layout` output `xhtml`: the table read from word
    /// positions, else (no header among the blocks: a list, not a grid) the text in reading order.
    package static func table(ofPDFLayout xhtml: [UInt8], file: String, limits: ReaderLimits = .default) throws -> ReadTable {
        if xhtml.count > limits.maxFileBytes * 8 {
            throw ReadError.tooLarge(file: file, size: xhtml.count, limit: limits.maxFileBytes * 8)
        }
        let layout = PDFLayout(xhtml: String(decoding: xhtml, as: UTF8.self))
        if let grid = try PDFTableReader.grid(of: layout, file: file, limits: limits) {
            return try TableParser.table(of: grid, file: file)
        }
        let text = layout.plainText
        guard !text.allSatisfy(\.isWhitespace) else { throw ReadError.empty(file: file) }
        return try TableParser.table(of: TextLayout.grid(of: text, file: file, limits: limits), file: file)
    }

    /// The cell grid of `bytes`, read by the format reader `format` selects, else the one the
    /// file's name and content select (``FileFormat/detect(file:bytes:)``).
    package static func grid(
        of bytes: [UInt8], file: String, limits: ReaderLimits = .default, format: FileFormat? = nil
    ) throws -> CellGrid {
        guard let format = format ?? FileFormat.detect(file: file, bytes: bytes) else {
            throw ReadError.unsupportedFormat(file: file, supported: FileFormat.supportedExtensions)
        }
        if bytes.count > limits.maxFileBytes {
            throw ReadError.tooLarge(file: file, size: bytes.count, limit: limits.maxFileBytes)
        }
        if bytes.isEmpty { throw ReadError.empty(file: file) }
        var grid: CellGrid
        switch format {
        case .text: return try TextLayout.grid(of: text(of: bytes, file: file), file: file, limits: limits)
        case .csv: grid = try DelimitedTextReader.read(text(of: bytes, file: file), separator: ",", file: file, limits: limits)
        case .tsv: grid = try DelimitedTextReader.read(text(of: bytes, file: file), separator: "\t", file: file, limits: limits)
        case .docx: grid = try DocxReader.grid(of: bytes, file: file, limits: limits)
        case .xlsx: grid = try XlsxReader.grid(of: bytes, file: file, limits: limits)
        case .html: grid = try HTMLTableReader.grid(of: text(of: bytes, file: file), file: file, limits: limits)
        case .pdf: throw ReadError.needsConversion(file: file, converter: "pdftotext")
        case .doc: throw ReadError.needsConversion(file: file, converter: "antiword")
        }
        if grid.layout.isEmpty { grid.layout = format.rawValue }
        return grid
    }

    /// The decoded text of a text-based file, without pinyin a mirror site inserted (``PinyinAnnotation``).
    private static func text(of bytes: [UInt8], file: String) throws -> String {
        PinyinAnnotation.removed(from: try TextDecoding.decode(bytes, file: file))
    }
}
