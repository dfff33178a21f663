/// Title, year, period and region of a table, read from the text around it or forced by options.
package struct ReportMetadata: Sendable, Equatable {
    package var title: String
    package var year: Int
    package var asOfMonth: Int
    package var region: String

    /// What the text around a table and the caller's hints tell, each part nil when nothing does.
    package struct Evidence: Sendable, Equatable {
        package var title: String
        package var year: Int?
        package var asOfMonth: Int?
        package var region: String?
    }

    /// Reads the metadata from `preamble` (text around the table), the table `body` text and
    /// `options`; throws when the year, the as-of month or the region cannot be told.
    package static func infer(
        preamble: [String], headings: [String] = [], body: String, options: ParseOptions
    ) throws -> ReportMetadata {
        let evidence = read(preamble: preamble, headings: headings, body: body, options: options)
        guard let year = evidence.year else { throw ParseError.noYear(file: options.fileName) }
        guard let month = evidence.asOfMonth else { throw ParseError.noMonth(file: options.fileName) }
        guard let region = evidence.region else { throw ParseError.noRegion(file: options.fileName) }
        return ReportMetadata(title: evidence.title, year: year, asOfMonth: month, region: region)
    }

    /// Each part from the best evidence that states it: forced values, then the title, the page's
    /// labels and other lines, the column labels (1-8月实际完成情况), the table's own text, and last
    /// the caller's context (folder names) and the file name.
    package static func read(preamble: [String], headings: [String] = [], body: String, options: ParseOptions) -> Evidence {
        let lines = Array(preamble.prefix(maxPreambleLines)).map { String($0.prefix(maxLineLength)) }
        let title = pickTitle(lines)
        let pageText = lines.joined(separator: " ")
        let names = options.context + [options.fileName]
        let nameText = names.joined(separator: " ")
        let year = options.year ?? firstYear(in: title) ?? firstYear(in: pageText) ?? firstYear(in: nameText)
        let month = options.asOfMonth ?? PeriodVocabulary.statedMonth(inHeadline: title)
            ?? lines.lazy.compactMap(PeriodVocabulary.month(in:)).first
            ?? headings.lazy.compactMap(PeriodVocabulary.month(in:)).first
            ?? PeriodVocabulary.itemsMonth(in: body)
            ?? PeriodVocabulary.yearAccountMonth(in: title)
            ?? names.lazy.compactMap(PeriodVocabulary.nameMonth(in:)).first
        let region = options.region ?? RegionInference.headlineRegion(in: title)
            ?? RegionInference.sourceRegion(in: lines)
            ?? RegionInference.region(in: lines.joined(separator: "\n"))
            ?? RegionInference.bodyRegion(in: body, title: title)
            ?? RegionInference.region(in: nameText)
        return Evidence(title: title, year: year, asOfMonth: month, region: region)
    }

    /// Lines of the page looked at, and the length of each: a title is near the table.
    static let maxPreambleLines = 200
    static let maxLineLength = 2_000

    /// The headline that reads like a table's title (a year and 情况/表/进展/报告/通报), preferring one
    /// without a `label:`; else the longest line. Runs of short lines count joined too, since pages
    /// break titles over lines (关于2023年为民办实事项目 / 实施情况的通报).
    static func pickTitle(_ preamble: [String]) -> String {
        let lines = headlines(preamble)
        let markers = ["情况", "表", "进展", "报告", "通报", "清单", "完成", "计划", "进度"]
        let titled = lines.filter { firstYear(in: $0) != nil && markers.contains(where: SimplifiedChinese.simplified($0).contains) }
        // A title is a heading, not a sentence of the text below it or a labelled page line.
        let headingLike = titled.filter { !$0.contains(where: { "。！？!?:：".contains($0) }) && $0.count <= 80 }
        if let line = headingLike.first ?? titled.first(where: { !$0.contains(":") && !$0.contains("：") }) ?? titled.first {
            return line
        }
        return lines.max { $0.count < $1.count } ?? ""
    }

    /// The non-empty preamble lines, then every run of two or more short lines without a full
    /// stop joined into one.
    static func headlines(_ preamble: [String]) -> [String] {
        let lines = preamble.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        var joined: [String] = []
        var run: [String] = []
        for line in lines + [""] {
            if line.count <= 24, !line.isEmpty, !line.contains(where: { "。！？!?；;".contains($0) }) {
                run.append(line)
                continue
            }
            if run.count >= 2 { joined.append(run.joined()) }
            run = []
        }
        return lines + joined
    }

    /// The first four-digit number 1949-2100 in `text` that is not part of a longer number.
    static func firstYear(in text: String) -> Int? {
        // Only the digits 0-9: the wholeNumberValue of 京 or 万 is a power of ten that would overflow.
        func digit(_ character: Character) -> Int? { character.wholeNumberValue.flatMap { (0...9).contains($0) ? $0 : nil } }
        let characters = Array(text)
        var index = 0
        while index + 4 <= characters.count {
            let digits = characters[index..<index + 4].compactMap(digit)
            let before = index > 0 ? digit(characters[index - 1]) : nil
            let after = index + 4 < characters.count ? digit(characters[index + 4]) : nil
            if digits.count == 4, before == nil, after == nil {
                let value = digits.reduce(0) { $0 * 10 + $1 }
                if (1949...2100).contains(value) { return value }
            }
            index += 1
        }
        return nil
    }
}
