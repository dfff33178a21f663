import Foundation
import Testing

@testable import GoalpostCore

/// Hostile or broken files end in a limit error or a bounded grid: never a trap, a hang or
/// an allocation the file's size does not justify.
struct ReaderLimitTests {
    typealias H = HostileFiles

    @Test func sharedStringIndexBelowZeroIsRefused() throws {
        let bytes = try H.xlsx(sheetData: H.xlsxRows(#"<row r="2"><c r="A2" t="s"><v>-1</v></c></row>"#))
        #expect(H.read(bytes, file: "x.xlsx").message
            == "Cannot read 'x.xlsx': sheet 'Sheet1' refers to shared string '-1', but the workbook has only 3.")
    }

    @Test func sharedStringIndexPastTheEndIsRefused() throws {
        let bytes = try H.xlsx(sheetData: H.xlsxRows(#"<row r="2"><c r="A2" t="s"><v>3</v></c></row>"#))
        #expect(H.read(bytes, file: "x.xlsx").message
            == "Cannot read 'x.xlsx': sheet 'Sheet1' refers to shared string '3', but the workbook has only 3.")
    }

    @Test func cellReferenceTooLongForAnIntegerIsRefused() throws {
        let bytes = try H.xlsx(sheetData: H.xlsxRows("<row>\(H.inlineCell("ZZZZZZZZZZZZZZZZ9", "x"))</row>"))
        #expect(H.read(bytes, file: "x.xlsx").message?.hasPrefix(
            "Cannot read 'x.xlsx': sheet 'Sheet1' has a cell at column ") == true)
        #expect(H.read(bytes, file: "x.xlsx").message?.hasSuffix(", beyond the 1000-column limit.") == true)
    }

    @Test func cellFarBelowTheTableIsRefusedWithoutAllocatingTheRowsBetween() throws {
        let bytes = try H.xlsx(sheetData: H.xlsxRows("<row>\(H.inlineCell("A999999999999", "x"))</row>"))
        #expect(H.read(bytes, file: "x.xlsx").message
            == "Cannot read 'x.xlsx': sheet 'Sheet1' has a cell at row 999999999999, beyond the 100000-row limit.")
    }

    @Test(arguments: ["0", "-5", "x"])
    func rowNumberThatIsNotARowIsIgnored(number: String) throws {
        let row = #"<row r="\#(number)"><c t="inlineStr"><is><t>建成公园</t></is></c></row>"#
        let grid = try #require(H.read(try H.xlsx(sheetData: H.xlsxRows(row)), file: "x.xlsx").grid)
        #expect(grid.rows.map(\.cells) == [H.header, ["建成公园", "", ""]])
    }

    @Test(arguments: ["B3:B99999999", "B3:B5000000"])
    func mergeRunningPastTheTableIsClampedToTheUsedRows(range: String) throws {
        let rows = "<row r=\"2\">\(H.inlineCell("A2", "1"))</row><row r=\"3\">\(H.inlineCell("B3", "扩空间"))</row>"
            + "<row r=\"5\">\(H.inlineCell("A5", "2"))</row>"
        let bytes = try H.xlsx(sheetData: H.xlsxRows(rows), mergeCells: #"<mergeCell ref="\#(range)"/>"#)
        let grid = try #require(H.read(bytes, file: "x.xlsx").grid)
        #expect(grid.rows.count == 5)
        #expect(grid.rows.map { $0.cells[1] } == ["工作任务", "", "扩空间", "扩空间", "扩空间"])
    }

    @Test(arguments: ["9223372036854775807", "2000000000"])
    func hugeGridSpanIsClampedToTheColumnLimit(span: String) throws {
        let table = H.docxTable([H.docxCell("1") + H.docxCell("建成公园", span: span)])
        let grid = try #require(H.read(try H.docx(body: table), file: "x.docx").grid)
        #expect(grid.rows.count == 2)
        #expect(grid.rows.allSatisfy { $0.cells.count == ReaderLimits.default.maxColumns })
    }

    @Test func cellsSpanningMillionsOfColumnsAreRefused() throws {
        let cells = (1...5).map { H.docxCell("\($0)", span: "10000000") }.joined()
        let bytes = try H.docx(body: H.docxTable([cells]))
        #expect(H.read(bytes, file: "x.docx").message
            == "Cannot read 'x.docx': table 1 has a cell at column 1001, beyond the 1000-column limit.")
    }

    @Test func wideColumnSpansFollowedByShortRowsAreRefused() {
        let wide = "<tr>" + String(repeating: #"<td colspan="1000">x</td>"#, count: 500) + "</tr>"
        let short = String(repeating: "<tr><td>1</td><td>建成公园</td></tr>", count: 500)
        let page = "<table><tr><th>序号</th><th>工作任务</th><th>完成情况</th></tr>\(wide)\(short)</table>"
        #expect(H.read(Array(page.utf8), file: "x.html").message
            == "Cannot read 'x.html': table 1 has a cell at column 1001, beyond the 1000-column limit.")
    }

    @Test func rowSpansRepeatOnlyOverTheRowsThatFollow() throws {
        let page = "<table><tr><th>序号</th><th>工作任务</th><th>完成情况</th></tr>"
            + #"<tr><td rowspan="65534" colspan="1000">扩空间</td></tr><tr></tr></table>"#
        let grid = try #require(H.read(Array(page.utf8), file: "x.html").grid)
        #expect(grid.rows.count == 3)
        #expect(grid.rows.allSatisfy { $0.cells.count == 1000 })
    }

    @Test func invalidUTF8InADocxElementNameIsMalformedXML() throws {
        let body = Array("<w:p><w:r><w:t".utf8) + [0xFF, 0xC0] + Array(">x</w:t></w:r></w:p>".utf8)
        #expect(H.read(try H.docx(body: body), file: "x.docx").message?.hasPrefix(
            "Cannot read 'x.docx': 'word/document.xml' is not well-formed XML (invalid UTF-8 at byte ") == true)
    }

    @Test func invalidUTF8InAnXlsxElementNameIsMalformedXML() throws {
        let bytes = try H.xlsx(sheetData: H.xlsxRows("<row><c") + [0xC3, 0x28] + Array("/></row>".utf8))
        #expect(H.read(bytes, file: "x.xlsx").message?.hasPrefix(
            "Cannot read 'x.xlsx': 'xl/worksheets/sheet1.xml' is not well-formed XML (invalid UTF-8 at byte ") == true)
    }

    @Test func nulByteInAPartIsMalformedXML() throws {
        let body = Array("<w:p><w:r><w:t>x".utf8) + [0] + Array("</w:t></w:r></w:p>".utf8)
        #expect(H.read(try H.docx(body: body), file: "x.docx").message?.hasPrefix(
            "Cannot read 'x.docx': 'word/document.xml' is not well-formed XML (a NUL byte at byte ") == true)
    }

    @Test func utf16PartWithByteOrderMarkIsRead() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="urn:w"><w:body>"#
            + String(decoding: H.docxTable([H.docxCell("1") + H.docxCell("建成公园")]), as: UTF8.self)
            + "</w:body></w:document>"
        let utf16: [UInt8] = [0xFF, 0xFE] + xml.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let grid = try #require(H.read(try H.zip([("word/document.xml", utf16)]), file: "x.docx").grid)
        #expect(grid.rows.last?.cells == ["1", "建成公园", ""])
    }

    @Test func bitFlippedMemberIsRefusedByItsChecksum() throws {
        var bytes = try H.docx(body: H.docxTable([H.docxCell("1") + H.docxCell("建成公园")]), stored: true)
        // Flip the top bit of the "t" in the first "<w:tbl": the name turns into invalid UTF-8.
        let needle = Array("<w:tbl".utf8)
        let start = try #require((0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle })
        bytes[start + 3] ^= 0x80
        #expect(H.read(bytes, file: "x.docx").message
            == "Cannot read 'x.docx': 'word/document.xml' is damaged (its CRC-32 checksum does not match); refused.")
    }

    /// Found by fuzzing (seed 7): ZIPFoundation's in-memory archive traps on a seek past the end.
    @Test func entryOffsetPastTheEndOfTheArchiveIsReadAsMissing() throws {
        var bytes = try H.docx(body: H.docxTable([H.docxCell("1") + H.docxCell("建成公园")]))
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let directory = try #require((0...(bytes.count - 4)).first { Array(bytes[$0..<$0 + 4]) == signature })
        // The central directory's "relative offset of local header", 42 bytes into the entry.
        bytes.replaceSubrange((directory + 42)..<(directory + 46), with: [0xFF, 0xFF, 0xFF, 0x7F])
        #expect(H.read(bytes, file: "x.docx").message
            == "Cannot read 'x.docx': the archive has no 'word/document.xml'.")
    }

    @Test func tableOfTwentyThousandRowsAndAHundredColumnsStillReads() throws {
        let header = (H.header + (4...100).map { "备注\($0)" }).joined(separator: ",")
        let row = (1...100).map { "c\($0)" }.joined(separator: ",")
        let text = header + "\n" + String(repeating: row + "\n", count: 19_999)
        let grid = try #require(H.read(Array(text.utf8), file: "x.csv").grid)
        #expect(grid.rows.count == 20_000)
        #expect(grid.rows.allSatisfy { $0.cells.count == 100 })
    }

    @Test func sheetOfTwentyThousandRowsReachingColumnCVStillReads() throws {
        let rows = (2...20_000).map { "<row r=\"\($0)\">\(H.inlineCell("A\($0)", "\($0)"))\(H.inlineCell("B\($0)", "任务"))</row>" }
        let far = "<row r=\"20001\">\(H.inlineCell("CV20001", "备注"))</row>"
        let grid = try #require(H.read(try H.xlsx(sheetData: H.xlsxRows(rows.joined() + far)), file: "x.xlsx").grid)
        #expect(grid.rows.count == 20_001)
        #expect(grid.rows.allSatisfy { $0.cells.count == 100 })
    }

    @Test func textWithMoreRowsThanTheLimitIsRefused() {
        let text = H.header.joined(separator: ",") + "\n" + String(repeating: "1,x,y\n", count: 100_000)
        #expect(H.read(Array(text.utf8), file: "x.csv").message
            == "Cannot read 'x.csv': the table has a cell at row 100001, beyond the 100000-row limit.")
    }

    @Test func gridOverTheCellLimitIsRefused() throws {
        let limits = ReaderLimits(maxCells: 100)
        let text = H.header.joined(separator: ",") + "\n" + String(repeating: "1,x,y\n", count: 40)
        #expect(H.read(Array(text.utf8), file: "x.csv", limits: limits).message
            == "Cannot read 'x.csv': the table grows past 100 cells (34 rows, up to 3 columns), over the cell limit for one file.")
    }

    @Test(arguments: [Int.max, Int.max - 1, 1 << 62])
    func hugeSizesAreDescribedWithoutOverflow(bytes: Int) {
        #expect(ReaderLimits.describe(bytes).hasSuffix(" MB"))
    }
}
