import Foundation
import GoalpostCore

/// Reads every capture a corpus folder's `expected.json` describes and compares what goalpost
/// reads with it: rows, region, year and as-of month, and the layout detected.
///
/// The checked text is what the reader would see of the page alone: the first `skippedLines`
/// lines of a text capture (the saver's header: source address, completeness note) are dropped,
/// and the file is read under a neutral name, since corpus names spell out region, year and period.
package struct CorpusCheck: Sendable {
    package var folder: URL
    package var skippedLines: Int
    package var reader: ReportFileReader

    package init(folder: URL, skippedLines: Int = 3, reader: ReportFileReader = ReportFileReader()) {
        self.folder = folder
        self.skippedLines = skippedLines
        self.reader = reader
    }

    /// One result per expected file, in name order.
    package func run() throws -> [CorpusResult] {
        try CorpusExpectation.load(from: folder).sorted { $0.key < $1.key }.map { name, expected in
            check(name, expected)
        }
    }

    private func check(_ name: String, _ expected: CorpusExpectation) -> CorpusResult {
        let neutralName = Self.neutralName(of: name)
        var result = CorpusResult(file: name, expected: expected)
        do {
            let capture = try read(name)
            let table = capture.table
            result.regionStated = SimplifiedChinese.simplified(capture.page)
                .contains(SimplifiedChinese.simplified(expected.regionName))
            result.rows = table.tasks.count
            result.layout = table.layout
            result.evidence = ReportMetadata.read(
                preamble: table.preamble, headings: table.headings, body: table.body,
                options: ParseOptions(fileName: neutralName))
        } catch {
            result.failure = "\(error)".replacingOccurrences(of: neutralName, with: name)
        }
        return result
    }

    /// The name a capture is read under: corpus names spell out region, year and period.
    package static func neutralName(of name: String) -> String {
        "capture." + URL(fileURLWithPath: name).pathExtension
    }

    /// The capture `name` of the folder read as an ingest reads it, under its neutral name, without
    /// the saver's lines; `page` is its decoded text as the reader sees it.
    package func read(_ name: String) throws -> (table: ReadTable, page: String) {
        var bytes = try reader.bytes(of: folder.appendingPathComponent(name), name: name)
        if FileFormat.detect(file: name, bytes: bytes) == .text { bytes = withoutLines(bytes, count: skippedLines) }
        let page = (try? TextDecoding.decode(bytes, file: name)) ?? String(decoding: bytes, as: UTF8.self)
        return (try reader.readTable(bytes, fileName: Self.neutralName(of: name)).table, page)
    }

    /// `bytes` after the first `count` lines.
    private func withoutLines(_ bytes: [UInt8], count: Int) -> [UInt8] {
        var start = 0
        for _ in 0..<count {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return [] }
            start = newline + 1
        }
        return Array(bytes[start...])
    }
}

/// What the corpus check found for one file.
package struct CorpusResult: Sendable, Equatable {
    package var file: String
    package var expected: CorpusExpectation
    /// Task rows read; nil when the file could not be read.
    package var rows: Int?
    package var layout: String?
    /// Region, year and month as read (nil parts: nothing states them).
    package var evidence: ReportMetadata.Evidence?
    /// True when the page names the expected region as written; when it does not, reading no
    /// region (and asking for --region) is right.
    package var regionStated = false
    /// Why the table could not be read.
    package var failure: String?

    init(file: String, expected: CorpusExpectation) {
        self.file = file
        self.expected = expected
    }

    package var rowsRight: Bool { rows.map { $0 == expected.rows || $0 == expected.rows + 1 } ?? false }
    package var yearRight: Bool { evidence?.year == expected.year }
    package var monthRight: Bool { evidence != nil && evidence?.asOfMonth == expected.asOfMonth }
    package var regionRight: Bool {
        guard let evidence else { return false }
        guard regionStated else { return evidence.region == nil }
        return evidence.region.map(SimplifiedChinese.simplified) == SimplifiedChinese.simplified(expected.regionName)
    }
    /// Rows, region, year and month all right.
    package var allRight: Bool { rowsRight && yearRight && monthRight && regionRight }
}
