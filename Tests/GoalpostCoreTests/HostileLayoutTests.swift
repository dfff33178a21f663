import Testing

@testable import GoalpostCore

/// What no page would hold, fed to the layouts read by position and by structure: they answer,
/// they do not trap.
struct HostileLayoutTests {
    @Test func brokenBoundingBoxTextIsReadForWhatItHolds() throws {
        let garbage = [
            "", "<page", "<block xMin=\"nan\" yMin=\"inf\" xMax=\"-1\" yMax=\"1e999\">", "<word>",
            "<page><flow><block xMin=\"1\" yMin=\"1\" xMax=\"0\" yMax=\"0\"><line><word xMin=\"5\" yMin=\"1\" xMax=\"2\" yMax=\"0\">序号</word></line></block>",
            String(repeating: "<word xMin=\"1\" yMin=\"1\" xMax=\"2\" yMax=\"2\">&amp;&#xFFFFFFFF;", count: 500),
        ]
        for text in garbage {
            let layout = PDFLayout(xhtml: text)
            #expect(try PDFTableReader.grid(of: layout, file: "g.pdf") == nil, "no header among \(layout.blocks.count) blocks")
            #expect(layout.blocks.allSatisfy { $0.box.xMin <= $0.box.xMax && $0.box.yMin <= $0.box.yMax })
        }
    }

    @Test func headerAboveThousandsOfOverlappingBlocksIsReadInOnePass() throws {
        var text = "<page>"
        for (index, label) in ["序号", "工作目标", "工作任务", "完成情况"].enumerated() {
            let x = Double(index * 100)
            text += block(label, x: x, y: 10)
        }
        for row in 0..<3_000 {
            // Every block overlaps the next: one tall row, and group cells to place in it.
            text += block("\(row % 90 + 1)", x: 0, y: 30 + Double(row), height: 40)
            text += block("类别\(row)", x: 100, y: 30 + Double(row), height: 40)
        }
        let grid = try #require(try PDFTableReader.grid(of: PDFLayout(xhtml: text + "</page>"), file: "t.pdf"))
        #expect(grid.rows.count >= 2)
    }

    @Test func listsAndRunOnWordsOfManyItemsAreRead() throws {
        // Item numbers run to 999 (three digits), row numbers likewise.
        let list = (1...999).map { "\($0).任务\($0)：完成情况：已完成。" }.joined(separator: " ") + String(repeating: " 1.再来", count: 20_000)
        #expect(ListLayoutReader.accepts(list))
        #expect(try ListLayoutReader.read(list).rows.count == 1_000)
        let words = "序号 工作任务 完成情况 " + (1...999).map { "\($0) 任务 已完成" }.joined(separator: " ") + String(repeating: " 3", count: 50_000)
        #expect(try TokenRowReader.read(words).rows.count == 1_000)
    }

    @Test func headersOfManyMergedRoleColumnsDoNotMultiplyTheWork() throws {
        let header = ["序号", "工作任务", "完成情况"] + Array(repeating: "责任单位", count: 200)
        let full = ["1", "任务", "已完成"] + Array(repeating: "区住建局", count: 200)
        let rows = [header, full, ["2", "任务"], full]
        let text = rows.map { $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
        #expect(throws: ParseError.self) { try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "m.txt", region: "某区", year: 2023, asOfMonth: 6)) }
        // Paragraph rows under so wide a header keep their cells in order rather than being split.
        let paragraphs = (header + ["1", "任务", "已完成"] + Array(repeating: "区住建局", count: 200)).joined(separator: "\n\n")
        let report = try ReportReader.read(Array(paragraphs.utf8), options: ParseOptions(fileName: "p.txt", region: "某区", year: 2023, asOfMonth: 6))
        #expect(report.tasks.map(\.task) == ["任务"] && report.tasks[0].progress == "已完成")
    }

    private func block(_ text: String, x: Double, y: Double, height: Double = 12) -> String {
        let box = "xMin=\"\(x)\" yMin=\"\(y)\" xMax=\"\(x + 30)\" yMax=\"\(y + height)\""
        return "<block \(box)><line \(box)><word \(box)>\(text)</word></line></block>"
    }
}

/// Findings of the review of the new readers, each kept from coming back.
struct ReaderReviewFindingTests {
    @Test func numeralsThatAreNotDigitsAreNoYear() {
        #expect(ReportMetadata.firstYear(in: "京1234年重点工作完成情况") == nil)
        #expect(ReportMetadata.firstYear(in: "万2023年") == 2023)
    }

    @Test func progressAfterAFullStopKeepsItsFirstCharacter() throws {
        let text = "2023年临安区民生实事完成情况\n1.修建道路。已完成80%\n2.新建学校。正在施工\n"
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "l.txt"))
        #expect(report.tasks.map(\.progress) == ["已完成80%", "正在施工"])
    }

    @Test func keyValueBlocksWithShortValuesAreNotRunOnWords() throws {
        let blocks = (1...3).map { "项目名称\n修建城区道路\(String($0))号\n进展情况\n好\n牵头单位\n区住建局" }.joined(separator: "\n")
        let text = "2021年为民办实事项目进展情况月报表(11月份)\n" + blocks + "\n来源:福州市园林中心\n"
        #expect(TextLayout.detect(text) == .keyValueBlocks)
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "k.txt"))
        #expect(report.tasks.map(\.task) == ["修建城区道路1号", "修建城区道路2号", "修建城区道路3号"])
    }

    @Test func labelsBeyondTheColumnLimitStopTheReadEarly() {
        let blocks = (0..<1_100).map { "项目名称\n修路\n进展情况\n已完成\n甲\($0)单位\n值" }.joined(separator: "\n")
        #expect(throws: ReadError.self) { try KeyValueBlockReader.read(blocks) }
    }
}
