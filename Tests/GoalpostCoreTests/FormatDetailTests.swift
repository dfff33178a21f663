import Testing

@testable import GoalpostCore

/// Format-specific behaviour: merged cells, continued tables, strings, entities, quoting, truncation.
struct FormatDetailTests {
    @Test func docxVerticalMergeCarriesCategoryDown() throws {
        let grid = try ReportReader.grid(of: ReaderFixtures.bytes("formats/linan-2023.docx"), file: "x.docx")
        let header = try #require(TableHeader.find(in: grid))
        let firstTasks = grid.rows[header.bodyStart...].filter { $0.filledCells.count > 1 }.prefix(3)
        #expect(firstTasks.map { $0.cells[1] } == ["扩空间", "扩空间", "扩空间"])
    }

    @Test func docxTableContinuedAfterPageBreakIsOneTable() throws {
        let report = try ReaderFixtures.report("formats/linan-2023.docx")
        #expect(report.tasks.count == 158)
        #expect(report.tasks.map(\.number) == (1...158).map(String.init))
    }

    @Test func docxParagraphsOutsideTablesAreThePreamble() throws {
        let grid = try ReportReader.grid(of: ReaderFixtures.bytes("formats/owner-2024-h1.docx"), file: "x.docx")
        #expect(grid.preamble.first == "2024年《政府工作报告》重点工作半年度进展情况")
        #expect(grid.preamble.contains("（此件公开发布）"))
    }

    @Test func docxSectionRowSpanningAllColumnsIsASection() throws {
        let report = try ReaderFixtures.report("formats/linan-2023.docx")
        #expect(report.sections.first?.title == "一、以更强的定力促产兴业，推动总量和质量“双提升”")
    }

    @Test func xlsxInlineStringsReadWithoutSharedStrings() throws {
        let report = try ReaderFixtures.report("formats/yuhang-2022-q1.inline.xlsx", context: ["余杭区"])
        #expect(report.tasks.first?.task == "全年完成固定资产投资增长8%以上。")
        #expect(report.tasks[1].progress == "落地亿元以上项目11个。\n其中10亿元以上项目2个。")
    }

    @Test func xlsxMergedCategoryRepeatsDownItsColumn() throws {
        let grid = try ReportReader.grid(of: ReaderFixtures.bytes("formats/linan-2023.xlsx"), file: "x.xlsx")
        let categoryCells = grid.rows.filter { $0.cells.first == "2" || $0.cells.first == "3" }.map { $0.cells[1] }
        #expect(categoryCells == ["扩空间", "扩空间"])
    }

    @Test func htmlEntitiesBreaksAndNestedLayoutTablesAreHandled() throws {
        let report = try ReaderFixtures.report("formats/owner-2024-h1.html")
        #expect(report.tasks.count == 14)
        #expect(report.tasks[1].task.contains("“标准地”"))
        #expect(report.tasks[3].owner == "区住建局\n区交通运输局\n各镇街")
        #expect(report.title == "2024年《政府工作报告》重点工作半年度进展情况")
    }

    @Test func htmlTableSplitAcrossPagesIsOneTable() throws {
        let page = String(decoding: try ReaderFixtures.bytes("formats/owner-2024-h1.html"), as: UTF8.self)
        let split = page.replacingOccurrences(
            of: "<tr><td colspan=\"6\">二", with: "</tbody></table><p>（续表）</p><table><tbody><tr><td colspan=\"6\">二")
        #expect(split != page)
        let report = try ReportReader.read(Array(split.utf8), options: ParseOptions(fileName: "split.html"))
        #expect(report.tasks.count == 14 && report.sections.count == 2)
    }

    @Test func htmlTokenizerSkipsScriptsCommentsAndKeepsBareAmpersands() {
        let tokens = HTMLTokenizer.tokens("<p>A&B &amp; &#x4E00;</p><script>if (a<b) {}</script><!-- <td> -->x")
        #expect(tokens == [
            .start(name: "p", attributes: [:]), .text("A&B & 一"), .end(name: "p"),
            .start(name: "script", attributes: [:]), .text("x"),
        ])
    }

    @Test func csvQuotedCellsKeepSeparatorsQuotesAndLineBreaks() throws {
        let grid = try DelimitedTextReader.read("a,\"b, \"\"c\"\"\nd\",e\r\n1,2,3\r\n", separator: ",")
        #expect(grid.rows.map(\.cells) == [["a", "b, \"c\"\nd", "e"], ["1", "2", "3"]])
    }

    @Test func truncatedCsvKeepsTheCutRowWithAWarning() throws {
        // Cut inside the last row's task cell, in the middle of a character.
        let bytes = try ReaderFixtures.bytes("formats/linan-2023.csv")
        let lastRow = try #require(bytes.indices.last { bytes[$0...].starts(with: Array("\n158,".utf8)) })
        let cut = Array(bytes.prefix(lastRow + 20))
        let report = try ReportReader.read(cut, options: ParseOptions(fileName: "cut.csv"))
        #expect(report.tasks.count == 158 && report.warnings.count == 1)
    }

    @Test func captureCutInsideTheLastCellIsStillFlagged() throws {
        let csv = "2023年临安区工作任务完成情况\n序号,工作任务,完成情况\n1,建成公园,已完成\n2,修路,\"已完成一半，\n正在"
        let pipe = "2023年临安区工作任务完成情况\n| 序号 | 工作任务 | 完成情况 |\n| 1 | 建成公园 | 已完成 |\n| 2 | 修路 | 正在"
        for (text, name) in [(csv, "cut.csv"), (pipe, "cut.txt")] {
            let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: name))
            #expect(report.tasks.count == 2 && report.warnings.count == 1, "\(name)")
            #expect(report.tasks[1].warnings.first?.contains("cut off") == true, "\(name)")
        }
    }

    @Test func pipeRowsWithoutClosingPipesAreNotTakenForCut() throws {
        let text = "2023年临安区工作任务完成情况\n| 序号 | 工作任务 | 完成情况\n| 1 | 建成公园 | 已完成\n| 2 | 修路 | 已完成\n"
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "open.txt"))
        #expect(report.tasks.count == 2 && report.warnings.isEmpty)
    }

    @Test func markdownSeparatorRowsAndBreakTagsAreHandled() throws {
        let grid = try PipeTableReader.read("| 序号 | 工作任务 | 完成情况 |\n|:--|---|--:|\n| 1 | a<br>b | c<BR/>d |\n")
        #expect(grid.rows.map(\.cells) == [["序号", "工作任务", "完成情况"], ["1", "a\nb", "c\nd"]])
    }

    @Test(arguments: [
        ("owner-2024-h1.html", "进展情况表.doc"), ("owner-2024-h1.xlsx", "进展情况表.xls"),
        ("owner-2024-h1.docx", "进展情况表.doc"), ("owner-2024-h1.html", "进展情况表.txt"),
    ])
    func misnamedFilesAreReadByWhatTheyContain(fixture: String, name: String) throws {
        let options = ParseOptions(fileName: name)
        let report = try ReportReader.read(ReaderFixtures.bytes("formats/\(fixture)"), options: options)
        #expect(report.tasks.count == 14 && report.sourceFile == name)
    }

    @Test(arguments: [
        ("| 1 | x |\n| 2 | y |\n| 3 | z |\n", TextLayout.pipe),
        ("1\ta\tb\n2\tc\td\n3\te\tf\n", .tabSeparated),
        ("序号 工作任务 完成情况\n1 a b\n", .spacedRows),
        ("序号    工作任务    完成情况\n1       a           b\n", .alignedColumns),
        ("序号\n\n工作任务\n\n完成情况\n\n1\n\na\n\nb\n", .paragraphCells),
    ])
    func textLayoutIsChosenByContent(text: String, layout: TextLayout) {
        #expect(TextLayout.detect(text) == layout)
    }
}
