/// Title, year, period and region of a table, read from the text around it or forced by options.
package struct ReportMetadata: Sendable, Equatable {
    package var title: String
    package var year: Int
    package var asOfMonth: Int
    package var region: String

    /// Reads the metadata from `preamble` (text before the header), the table `body` text and `options`.
    ///
    /// Forced values win; then the title, the other text around the table (page header, notes),
    /// the table's own text, and last the
    /// caller's context (folder names) and the file name.
    package static func infer(preamble: [String], body: String, options: ParseOptions) throws -> ReportMetadata {
        let title = pickTitle(preamble)
        let pageText = preamble.joined(separator: " ")
        let nameText = (options.context + [options.fileName]).joined(separator: " ")
        guard let year = options.year ?? firstYear(in: title) ?? firstYear(in: pageText) ?? firstYear(in: nameText)
        else { throw ParseError.noYear(file: options.fileName) }
        let month = options.asOfMonth ?? PeriodVocabulary.month(in: title)
            ?? PeriodVocabulary.month(in: nameText) ?? 12
        guard let region = options.region ?? RegionInference.region(in: title)
            ?? RegionInference.region(in: preamble.joined(separator: "\n"))
            ?? RegionInference.region(in: body)
            ?? RegionInference.region(in: nameText)
        else { throw ParseError.noRegion(file: options.fileName) }
        return ReportMetadata(title: title, year: year, asOfMonth: month, region: region)
    }

    /// The preamble line that reads like a table title (has a year and 情况/表/进展), else the longest line.
    static func pickTitle(_ preamble: [String]) -> String {
        let lines = preamble.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let markers = ["情况", "表", "进展", "报告"]
        if let line = lines.first(where: { firstYear(in: $0) != nil && markers.contains(where: $0.contains) }) {
            return line
        }
        return lines.max { $0.count < $1.count } ?? ""
    }

    /// The first four-digit year 1949-2100 followed by 年 in `text`.
    static func firstYear(in text: String) -> Int? {
        let characters = Array(text)
        var index = 0
        while index + 4 <= characters.count {
            let digits = characters[index..<index + 4].compactMap(\.wholeNumberValue)
            let before = index > 0 ? characters[index - 1].wholeNumberValue : nil
            if digits.count == 4, before == nil {
                let value = digits.reduce(0) { $0 * 10 + $1 }
                let after = index + 4 < characters.count ? characters[index + 4] : " "
                if (1949...2100).contains(value), after.wholeNumberValue == nil { return value }
            }
            index += 1
        }
        return nil
    }
}
