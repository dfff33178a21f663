/// Reads a report file's bytes into a ``Report``: decoding, choosing a layout reader, parsing.
package enum ReportReader {
    /// File name extensions this build can read.
    package static let supportedExtensions = ["txt", "text"]

    /// Parses the bytes of the file named in `options`; throws ``ReadError`` or ``ParseError``.
    package static func read(_ bytes: [UInt8], options: ParseOptions) throws -> Report {
        var options = options
        if options.sha256.isEmpty { options.sha256 = SHA256.hex(bytes) }
        let grid = try grid(of: bytes, file: options.fileName)
        return try TableParser.parse(grid, options: options)
    }

    /// The cell grid of `bytes`, read by the layout that fits the text.
    package static func grid(of bytes: [UInt8], file: String) throws -> CellGrid {
        let fileExtension = file.split(separator: ".").count > 1 ? file.split(separator: ".").last!.lowercased() : ""
        guard fileExtension.isEmpty || supportedExtensions.contains(fileExtension) else {
            throw ReadError.unsupportedFormat(file: file, supported: supportedExtensions.map { "." + $0 })
        }
        let text = try TextDecoding.decode(bytes, file: file)
        guard TabbedTextReader.accepts(text) else { throw ReadError.noTable(file: file) }
        return TabbedTextReader.read(text)
    }
}
