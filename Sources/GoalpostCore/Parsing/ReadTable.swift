/// The tasks of one file as read, before its region, year and period are known: what
/// ``TableParser`` makes of a ``CellGrid``, and what ``ReportMetadata`` reads the rest from.
package struct ReadTable: Sendable, Equatable {
    /// Section rows (一、…) in table order.
    package var sections: [Section]
    /// Goal categories in table order, each name once.
    package var categories: [Category]
    /// Task rows in table order.
    package var tasks: [ReportTask]
    /// Warnings about the table as a whole.
    package var warnings: [String]
    /// Text outside the table (page header, title, notes) in file order.
    package var preamble: [String]
    /// The column labels of the table's header (推进情况（截至12月底）: they can state the period).
    package var headings: [String]
    /// The table's own text, cells joined by line breaks.
    package var body: String
    /// How the file laid the table out (``CellGrid/layout``).
    package var layout: String

    /// The report these tasks make with `metadata`, for the file `options` describes.
    package func report(_ metadata: ReportMetadata, options: ParseOptions) -> Report {
        Report(
            region: metadata.region, year: metadata.year, asOfMonth: metadata.asOfMonth, title: metadata.title,
            sourceFile: options.fileName, sha256: options.sha256, sections: sections, categories: categories,
            tasks: tasks, warnings: warnings)
    }

    /// The report, with region, year and period read from the text around the table or forced by `options`.
    package func report(options: ParseOptions) throws -> Report {
        report(try ReportMetadata.infer(preamble: preamble, headings: headings, body: body, options: options), options: options)
    }
}
