import Testing

@testable import GoalpostCore

/// Each way a file can fail gives one clear sentence naming the file.
struct ReaderFailureTests {
    private func fixtureFailure(_ name: String, limits: ReaderLimits = .default) throws -> String? {
        ReaderFixtures.failure(try ReaderFixtures.bytes("formats/\(name)"), fileName: name, limits: limits)
    }

    @Test func unsupportedFormatNamesTheSupportedOnes() {
        let message = ReaderFixtures.failure(Array("x".utf8), fileName: "plan.pages")
        #expect(message?.hasPrefix("Cannot read 'plan.pages': unsupported format (supported: .txt, ") == true)
        #expect(message?.contains(".docx, .xlsx") == true && message?.contains(".pdf") == true)
    }

    @Test func oldExcelWorkbookIsUnsupported() {
        let message = ReaderFixtures.failure([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], fileName: "表.xls")
        #expect(message?.hasPrefix("Cannot read '表.xls': unsupported format (supported: ") == true)
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeReading() throws {
        let bytes = try ReaderFixtures.bytes("linan-2023-annual.txt")
        let message = ReaderFixtures.failure(bytes, fileName: "big.txt", limits: ReaderLimits(maxFileBytes: 10_000))
        #expect(message == "Cannot read 'big.txt': the file is 44 KB, over the 10 KB size limit (raise the limit in the configuration to read it).")
    }

    @Test func zipBombIsStoppedAtTheUncompressedLimit() throws {
        let limits = ReaderLimits(maxUncompressedBytes: 1_048_576)
        #expect(try fixtureFailure("failure-zip-bomb.docx", limits: limits)
            == "Cannot read 'failure-zip-bomb.docx': it unpacks to more than 1 MB, which looks like a zip bomb; refused.")
    }

    @Test func zipBombThatUnderstatesItsSizeIsStoppedWhileInflating() throws {
        let limits = ReaderLimits(maxUncompressedBytes: 1_048_576)
        #expect(try fixtureFailure("failure-zip-bomb-understated.docx", limits: limits)
            == "Cannot read 'failure-zip-bomb-understated.docx': it unpacks to more than 1 MB, which looks like a zip bomb; refused.")
    }

    @Test func entityDeclarationsAreRefusedNotExpanded() throws {
        #expect(try fixtureFailure("failure-entity-expansion.docx")
            == "Cannot read 'failure-entity-expansion.docx': 'word/document.xml' declares a DTD, which Office files never do; refused (entities are never expanded).")
    }

    @Test func docxWithoutTaskTableCountsItsTables() throws {
        #expect(try fixtureFailure("failure-no-task-table.docx")
            == "Cannot read 'failure-no-task-table.docx': no header names a task and its progress in its 3 tables; the nearest row of labels (日期 | 事项) has no progress column (完成情况/进展情况/落实情况/推进情况/…).")
    }

    @Test func xlsxWithoutTaskSheetCountsItsSheets() throws {
        #expect(try fixtureFailure("failure-no-task-sheet.xlsx")
            == "Cannot read 'failure-no-task-sheet.xlsx': no header names a task and its progress in its 2 sheets; the nearest row of labels (单位 | 联系人) has no task column (工作任务/工作事项/重点任务/项目名称/…).")
    }

    @Test func docxWithoutDocumentPartSaysWhichPartIsMissing() throws {
        #expect(try fixtureFailure("failure-no-document.docx")
            == "Cannot read 'failure-no-document.docx': the archive has no 'word/document.xml'.")
    }

    @Test func malformedDocumentXMLNamesThePart() throws {
        let message = try fixtureFailure("failure-malformed.docx")
        #expect(message?.hasPrefix("Cannot read 'failure-malformed.docx': 'word/document.xml' is not well-formed XML (") == true)
    }

    @Test func textRenamedToDocxIsNotAnArchive() {
        #expect(ReaderFixtures.failure(Array("序号\t工作任务".utf8), fileName: "report.docx")
            == "Cannot read 'report.docx': it is not a valid .docx file (not a ZIP archive).")
    }

    @Test func pageWithoutTablesSaysSo() {
        let page = Array("<html><body><p>2023年工作任务完成情况</p></body></html>".utf8)
        #expect(ReaderFixtures.failure(page, fileName: "page.html") == "Cannot read 'page.html': it contains no table.")
    }

    @Test func pdfReachingTheCoreNamesItsConverter() {
        #expect(ReaderFixtures.failure(Array("%PDF-1.4".utf8), fileName: "r.pdf")
            == "Cannot read 'r.pdf': this format is read through the external converter 'pdftotext', not directly.")
    }

    @Test func emptyFileIsReportedAsEmpty() {
        #expect(ReaderFixtures.failure([], fileName: "a.csv") == "Cannot read 'a.csv': the file is empty.")
    }

    @Test func missingRegionSaysHowToGiveIt() throws {
        let bytes = try ReaderFixtures.bytes("formats/yuhang-2022-q1.csv")
        #expect(ReaderFixtures.failure(bytes, fileName: "q1.csv")
            == "Cannot read 'q1.csv': no region named in its title or text (give it with --region).")
    }

    @Test func missingYearSaysHowToGiveIt() {
        let text = "| 序号 | 工作任务 | 完成情况 |\n| 1 | 临安区建成公园 | 已完成 |\n| 2 | 临安区修路 | 已完成 |\n"
        #expect(ReaderFixtures.failure(Array(text.utf8), fileName: "table.txt")
            == "Cannot read 'table.txt': no year in its title or text (give it with --year).")
    }

    @Test func textWithoutHeaderIsNoTable() {
        let text = "会议纪要\n\n今天开会。\n讨论了工作。\n"
        #expect(ReaderFixtures.failure(Array(text.utf8), fileName: "notes.txt")?.hasPrefix("Cannot read 'notes.txt': no table or numbered list in the text") == true)
    }
}
