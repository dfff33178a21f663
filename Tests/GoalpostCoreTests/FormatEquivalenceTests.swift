import Testing

@testable import GoalpostCore

/// Every format and layout of a table parses to the same sections, categories and tasks as the
/// table's tab-led text capture (fixtures written by Scripts/make-format-fixtures.py).
struct FormatEquivalenceTests {
    static let linan = [
        "linan-2023.pipe.txt", "linan-2023.md", "linan-2023.csv", "linan-2023.tsv", "linan-2023.docx",
        "linan-2023.xlsx", "linan-2023.html", "linan-2023.paragraphs.txt", "linan-2023.spaced.txt",
        "linan-2023.tabbed-rows.txt", "linan-2023.pdftotext.txt", "linan-2023.utf8-bom.txt", "linan-2023.utf16le.txt", "linan-2023.gb18030.txt",
        "linan-2023.pdf-lines.pipe.txt",
    ]
    static let owner = [
        "owner-2024-h1.pipe.txt", "owner-2024-h1.md", "owner-2024-h1.csv", "owner-2024-h1.tsv",
        "owner-2024-h1.docx", "owner-2024-h1.xlsx", "owner-2024-h1.html", "owner-2024-h1.gb18030.html",
        "owner-2024-h1.paragraphs.txt", "owner-2024-h1.spaced.txt", "owner-2024-h1.pdftotext.txt",
    ]
    static let yuhang = [
        "yuhang-2022-q1.pipe.txt", "yuhang-2022-q1.md", "yuhang-2022-q1.csv", "yuhang-2022-q1.tsv",
        "yuhang-2022-q1.docx", "yuhang-2022-q1.xlsx", "yuhang-2022-q1.inline.xlsx", "yuhang-2022-q1.html",
        "yuhang-2022-q1.spaced.txt", "yuhang-2022-q1.paragraphs.txt", "yuhang-2022-q1.pdftotext.txt",
    ]

    @Test func generatedReferenceMatchesTheSample() throws {
        let sample = try ReaderFixtures.report("linan-2023-annual.txt")
        let reference = try ReaderFixtures.report("formats/linan-2023.reference.txt")
        #expect(ReaderFixtures.Shape(reference) == ReaderFixtures.Shape(sample))
        #expect(sample.sections.count == 5 && sample.categories.count == 17 && sample.tasks.count == 158)
    }

    @Test(arguments: linan)
    func sampleReadsTheSameInEveryFormat(file: String) throws {
        try expectSameTable("formats/\(file)", as: "formats/linan-2023.reference.txt")
    }

    @Test(arguments: owner)
    func ownerTableReadsTheSameInEveryFormat(file: String) throws {
        try expectSameTable("formats/\(file)", as: "formats/owner-2024-h1.reference.txt")
    }

    @Test(arguments: yuhang)
    func tableWithoutCategoryColumnReadsTheSameInEveryFormat(file: String) throws {
        try expectSameTable("formats/\(file)", as: "formats/yuhang-2022-q1.reference.txt", context: ["余杭区"])
    }

    private func expectSameTable(_ file: String, as reference: String, context: [String] = []) throws {
        let expected = try ReaderFixtures.report(reference, context: context)
        let report = try ReaderFixtures.report(file, context: context)
        // The PDF font has no glyph for "·" (天目叠翠·吴越千年): pdftotext gives a space there.
        let lossy: Set<Character> = file.contains("pdftotext") ? ["·"] : []
        let shape = ReaderFixtures.Shape(report)
        let expectedShape = ReaderFixtures.Shape(expected, dropping: lossy)
        #expect(shape == expectedShape, "\(shape.firstDifference(from: expectedShape) ?? "")")
        #expect(report.year == expected.year && report.asOfMonth == expected.asOfMonth && report.region == expected.region, "\(report.region) vs \(expected.region)")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }
}
