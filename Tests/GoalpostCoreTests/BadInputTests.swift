import Testing
@testable import GoalpostCore

@Suite struct BadInputTests {
    static let header = ["序号", "工作目标", "工作任务", "完成情况"]

    @Test func emptyFileIsRejected() {
        #expect(throws: ReadError.empty(file: "e.txt")) { try Fixtures.parse("", file: "e.txt") }
        #expect(throws: ReadError.empty(file: "e.txt")) { try Fixtures.parse(" \n\n\t\n", file: "e.txt") }
    }

    @Test func binaryFileIsRejected() {
        let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x01]
        #expect(throws: ReadError.binary(file: "b.txt")) {
            try ReportReader.read(bytes, options: ParseOptions(fileName: "b.txt"))
        }
    }

    @Test func textWithoutTableIsRejected() {
        let error = #expect(throws: ReadError.self) { try Fixtures.parse("2023年工作总结\n今年我们做了很多工作。\n", file: "n.txt") }
        #expect(error?.description == "Cannot read 'n.txt': no table or numbered list in the text: no line of column labels naming a task and its progress (序号, 工作任务/项目名称, 完成情况/进展情况 …), separated by tabs, pipes or spaces, and no numbered items (1. 2. …, 一、二、…).")
        let closest = TextLayout.closestHeader(in: "2023年工作总结\n名称 责任单位\n今年我们做了很多工作。\n")
        #expect(ReadError.noTable(file: "l.txt", closest: closest).description == "Cannot read 'l.txt': no table or numbered list in the text; the header at line 2 (名称 | 责任单位) has no progress column (完成情况/进展情况/落实情况/推进情况/…).")
    }

    @Test func tableWithoutProgressColumnIsRejectedNamingWhatWasSeen() {
        let text = Fixtures.table(title: "2023年临安区工作情况", rows: [["序号", "名称", "说明"], ["1", "a", "b"], ["2", "c", "d"]])
        let error = #expect(throws: ParseError.self) { try Fixtures.parse(text, file: "h.txt") }
        #expect(error?.description == "Cannot read 'h.txt': no table header names a task and its progress; the header at line 3 (序号 | 名称 | 说明) has no progress column (完成情况/进展情况/落实情况/推进情况/…).")
    }

    @Test func tableWithoutTaskColumnNamesTheClosestHeader() {
        let text = Fixtures.table(title: "2023年临安区工作情况", rows: [["序号", "责任单位", "完成情况"], ["1", "a", "b"]])
        let error = #expect(throws: ParseError.self) { try Fixtures.parse(text, file: "h.txt") }
        #expect(error?.description == "Cannot read 'h.txt': no table header names a task and its progress; the header at line 3 (序号 | 责任单位 | 完成情况) has no task column (工作任务/工作事项/重点任务/项目名称/…).")
    }

    @Test func rowMissingItsMergedGroupCellTakesItFromAbove() throws {
        let text = Fixtures.table(title: "2023年临安区政府工作报告重点工作完成情况表", rows: [
            Self.header, ["1", "扩空间", "任务一", "已完成。"], ["2", "任务二", "已完成。"], ["3", "", "任务三", "已完成。"],
        ])
        let report = try Fixtures.parse(text, file: "m.txt")
        #expect(report.tasks.map(\.task) == ["任务一", "任务二", "任务三"])
        #expect(report.tasks[1].progress == "已完成。" && report.tasks[1].category == "扩空间")
        #expect(report.warnings == ["row at line 13: 工作目标 taken from the row above (a merged cell the page dropped)"])
    }

    @Test func rowMissingCellsNoMergeExplainsNamesTheRow() {
        let text = Fixtures.table(title: "2023年临安区政府工作报告重点工作完成情况表", rows: [
            ["序号", "工作任务", "完成情况", "责任单位"], ["1", "任务一", "已完成。", "区发改局"], ["2", "任务二"], ["3", "任务三", "已完成。", "区发改局"],
        ])
        let error = #expect(throws: ParseError.self) { try Fixtures.parse(text, file: "m.txt") }
        #expect(error == .missingCells(file: "m.txt", line: 13, number: "2", found: 2, expected: 4))
        #expect(error?.description == "Cannot read 'm.txt': the row at line 13 (task '2') has 2 cells where the header has 4.")
    }

    @Test func pipeRowThatDroppedItsMergedOwnerTakesItFromAbove() throws {
        let text = """
            2024年4月临安区民生实事项目进展情况
            序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |
            1 | 接种流感疫苗24723人。 | 制定方案。 | 区卫生健康局 | 已完成。已制定方案。 |
            2 | 筛查7400人。 | 完成筛查1480人。 | 已完成。完成筛查3495人。 | |
            3 | 培训235人。 | 培训65人。 | 区红十字会 | 已完成。培训188人。 |
            """
        let report = try Fixtures.parse(text, file: "p.txt")
        #expect(report.tasks.map(\.owner) == ["区卫生健康局", "区卫生健康局", "区红十字会"])
        #expect(report.tasks[1].progress == "已完成。完成筛查3495人。")
        #expect(report.tasks[1].warnings == ["row at line 4: 牵头单位 taken from the row above (a merged cell the page dropped)"])
    }

    @Test func shortPipeRowIsNotMergedIntoTheRowAbove() {
        let text = "2023年临安区工作任务完成情况\n| 序号 | 工作任务 | 完成情况 | 责任单位 |\n| 1 | 建成公园 | 已完成 | 区住建局 |\n| 2 | 修路 |\n| 3 | 修桥 | 已完成 | 区交通局 |\n"
        let error = #expect(throws: ParseError.self) { try Fixtures.parse(text, file: "s.txt") }
        #expect(error == .missingCells(file: "s.txt", line: 4, number: "2", found: 2, expected: 4))
    }

    @Test func truncatedLastRowIsKeptWithAWarning() throws {
        let text = Fixtures.table(title: "2023年临安区政府工作报告重点工作完成情况表", rows: [
            Self.header, ["1", "扩空间", "任务一", "已完成。"], ["2", "", "任务二"],
        ])
        let report = try Fixtures.parse(text)
        #expect(report.tasks.count == 2)
        #expect(report.tasks[1].task == "任务二")
        #expect(report.tasks[1].progress == "")
        #expect(report.tasks[1].warnings.first?.contains("cut off") == true)
        #expect(report.warnings.count == 1)
    }

    @Test func missingYearSaysHowToGiveIt() throws {
        let text = Fixtures.table(title: "临安区政府工作报告重点工作完成情况表", rows: [Self.header, ["1", "扩空间", "任务一", "已完成。"]])
        let error = #expect(throws: ParseError.self) { try Fixtures.parse(text, file: "y.txt") }
        #expect(error?.description == "Cannot read 'y.txt': no year in its title or text (give it with --year).")
        #expect(try Fixtures.parse(text, options: ParseOptions(fileName: "y.txt", year: 2022)).year == 2022)
    }

    @Test func missingRegionSaysHowToGiveIt() throws {
        let text = Fixtures.table(title: "2023年政府工作报告重点工作完成情况表", rows: [Self.header, ["1", "扩空间", "任务一", "已完成。"]])
        let error = #expect(throws: ParseError.self) { try Fixtures.parse(text, file: "r.txt") }
        #expect(error == .noRegion(file: "r.txt"))
        #expect(try Fixtures.parse(text, options: ParseOptions(fileName: "r.txt", region: "余杭区")).region == "余杭区")
    }

    @Test func unsupportedExtensionNamesTheSupportedOnes() {
        let error = #expect(throws: ReadError.self) { try Fixtures.parse("x", file: "a.bmp") }
        #expect(error?.description.hasPrefix("Cannot read 'a.bmp': unsupported format (supported: .txt") == true)
    }
}
