import Testing

@testable import GoalpostCore

/// Table layouts: headers found by meaning, extra columns, grouping rows, numbering, metadata.
struct LayoutParsingTests {
    private func parse(_ text: String, fileName: String = "t.txt", options: ParseOptions? = nil) throws -> Report {
        var options = options ?? ParseOptions(fileName: fileName)
        options.fileName = fileName
        return try ReportReader.read(Array(text.utf8), options: options)
    }

    @Test func headerSplitOverTwoLinesIsReadByMeaning() throws {
        let report = try ReaderFixtures.report("formats/owner-2024-h1.pipe.txt")
        #expect(report.tasks.count == 14)
        #expect(report.tasks[1].owner == "区经信局\n区商务局")
        #expect(report.tasks.map(\.number).prefix(4) == ["1", "2", "3", "7"])
        #expect(report.year == 2024 && report.asOfMonth == 6 && report.region == "临安区", "\(report.region)")
    }

    @Test func categoryRowsInTheNumberColumnGroupBracketNumberedTasks() throws {
        let text = """
            2023年某县重点工作推进情况
            | 序号 | 年度目标任务 | 牵头单位 | 推进情况（截至12月底） |
            |---|---|---|---|
            | 扩空间 | | | |
            | (一) | 供地1000亩。 | 资规局 | 已完成。 |
            | (三) | 腾出用能3万吨。 | 经信局 | 3.5万吨。 |
            | 强产业 | | | |
            | (四) | 新增规上企业50家。 | 经信局 | 新增62家。 |
            """
        let report = try parse(text, options: ParseOptions(fileName: "t.txt", region: "临安区"))
        #expect(report.categories.map(\.name) == ["扩空间", "强产业"])
        #expect(report.tasks.map(\.number) == ["(一)", "(三)", "(四)"])
        #expect(report.tasks.map(\.category) == ["扩空间", "扩空间", "强产业"])
        #expect(report.tasks[2].owner == "经信局" && report.tasks[2].progress == "新增62家。")
    }

    @Test func subsectionsBecomeCategoriesWhenThereIsNoCategoryColumn() throws {
        let report = try ReaderFixtures.report("formats/yuhang-2022-q1.docx", context: ["余杭区"])
        #expect(report.sections.map(\.title) == ["一、稳增长", "二、惠民生"])
        #expect(report.categories.map(\.name).first == "（一）扩大有效投资")
        #expect(report.tasks.allSatisfy { $0.number.isEmpty })
        #expect(report.asOfMonth == 3 && report.year == 2022)
    }

    @Test func sectionsAreTheCategoriesWhenThereIsNeitherColumnNorSubsection() throws {
        let text = """
            2023年余杭区工作任务完成情况
            | 工作任务 | 完成情况 |
            | 一、稳增长 | |
            | 投资增长8%。 | 增长9%。 |
            | 二、惠民生 | |
            | 新增就业1万人。 | 1.2万人。 |
            """
        let report = try parse(text)
        #expect(report.tasks.map(\.category) == ["一、稳增长", "二、惠民生"])
        #expect(report.tasks.map(\.section) == [1, 2])
    }

    /// A group cell written only in its first row, and rows numbered inside the task cell: the
    /// shorter rows below are rows of their own with the group from above, not continuations.
    @Test func rowsNumberedInTheTaskCellUnderAMergedGroupAreRows() throws {
        let text = """
            2022年1-9月民生事项进展情况
            类别 | 民生事项名称 | 年度任务目标 | 责任单位 | 1-9月份工作完成情况 | 监督电话 |
            四、教育文化 | 14.改扩建泉山学校 | 完成泉山学校建设。 | 教育体育局 | 完成主体结构施工 | 123 |
            15.推进学校塑胶运动场地建设 | 完成13处运动场地建设。 | 教育体育局 | 完成基础施工30%。 | 456 |
            16.推进义务教育课后服务 | 对全市34所学校实行课后服务全覆盖。 | 教育体育局 | 9月23日对全市学校进行调度。 | 789 |
            """
        let report = try parse(text, options: ParseOptions(fileName: "t.txt", region: "招远市"))
        #expect(report.tasks.map { String($0.task.prefix(3)) } == ["14.", "15.", "16."])
        #expect(report.tasks.allSatisfy { $0.category == "四、教育文化" || $0.category == "教育文化" })
        #expect(report.tasks[1].progress == "完成基础施工30%。")
    }

    @Test func truncatedPipeCaptureKeepsTheCutRowWithAWarning() throws {
        let report = try ReaderFixtures.report("formats/linan-2023.truncated.pipe.txt")
        #expect(report.tasks.count == 158)
        #expect(report.warnings.count == 1)
        #expect(report.tasks.last?.warnings.first?.contains("cut off") == true)
        #expect(report.tasks.dropLast().allSatisfy { $0.warnings.isEmpty })
    }

    @Test func regionComesFromTheFolderWhenTheTableNamesNone() throws {
        #expect(try ReaderFixtures.report("formats/yuhang-2022-q1.csv", context: ["/data/余杭区/2022"]).region == "余杭区")
    }

    @Test func regionAndYearComeFromTheFileName() throws {
        let bytes = try ReaderFixtures.bytes("formats/yuhang-2022-q1.md")
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "2022年", with: "")
        let report = try parse(text, fileName: "余杭区2022年一季度.md")
        #expect(report.region == "余杭区" && report.year == 2022 && report.asOfMonth == 3)
    }

    @Test func forcedRegionYearAndMonthWin() throws {
        let options = ParseOptions(fileName: "x.csv", region: "临安市", year: 2016, asOfMonth: 9)
        let report = try ReportReader.read(try ReaderFixtures.bytes("formats/linan-2023.csv"), options: options)
        #expect(report.region == "临安市" && report.year == 2016 && report.asOfMonth == 9)
    }

    @Test func decoratedHeadersAreRecognised() {
        #expect(ColumnRole.recognise("完成情况（截至12月底）") == .progress)
        #expect(ColumnRole.recognise("2023年工作任务") == .task)
        #expect(ColumnRole.recognise("一季度目标") == .plan)
        // A label naming several things is the column of the first.
        #expect(ColumnRole.recognise("进展情况、存在问题及下一步打算") == .progress)
        #expect(ColumnRole.recognise("已完成数占年任务之比") == .progress)
        #expect(ColumnRole.recognise("完成时间") == .deadline)
        #expect(ColumnRole.recognise("2023年政府工作报告重点工作完成情况表") == nil)
    }

    @Test func periodTargetAndLeaderColumnsDoNotDisturbTheTask() throws {
        let text = """
            2024年临安区重点工作一季度完成情况
            | 序号 | 工作任务 | 一季度目标 | 分管领导 | 完成情况 |
            | 1 | 供地1000亩。 | 200亩 | 张三 | 供地260亩。 |
            | 2 | 建成公园。 | 开工 | 李四 | 已开工。 |
            """
        let report = try parse(text)
        #expect(report.tasks.map(\.task) == ["供地1000亩。", "建成公园。"])
        #expect(report.tasks.map(\.progress) == ["供地260亩。", "已开工。"])
        #expect(report.asOfMonth == 3)
    }

    @Test func sampleStillParsesToFiveSectionsSeventeenCategoriesAndAllTasks() throws {
        let report = try ReaderFixtures.report("linan-2023-annual.txt")
        #expect(report.sections.count == 5 && report.categories.count == 17 && report.tasks.count == 158)
        #expect(report.categories.contains { $0.name == "打造现代农业" })
        #expect(report.region == "临安区" && report.year == 2023 && report.asOfMonth == 12)
    }
}

/// Columns beyond task and progress: kept in fields of their own or as other columns.
struct ColumnRoleFieldTests {
    /// A yes/no question column (是否达序) keeps each bare answer with its question, and the answer
    /// counts as the office's pace word.
    @Test func aYesNoVerdictIsKeptWithItsQuestionAndRead() throws {
        let text = """
            2023年区政府重点民生实事项目推进情况(1-11月)
            序号 | 主要任务 | 牵头单位 | 1-11月推进情况 | 是否达序 | 说明 |
            1 | 优化提升背街后巷交通组织。 | 城管局 | 已进场施工，完成60%。 | 是 | |
            2 | 新增垃圾分类达标小区200个。 | 城管局 | 在46个小区建成38个厢房。 | 否 | 合同签订滞后 |
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "k.txt", region: "崇川区", year: 2023)).assessed()
        #expect(report.tasks.map(\.verdict) == ["是否达序：是", "是否达序：否"])
        #expect(report.tasks.map { $0.assessment?.schedule } == [.onTrack, .behind])
    }

    @Test func planVerdictTargetAndOtherColumnsAreKept() throws {
        let text = """
            开化县2023年度重点工作清单(一季度政府工作报告重点任务执行落实情况)
            序号 | 项目名称 | 目标任务 | 进度安排 | 进展情况 | 完成情况 | 牵头领导 | 备注 |
            1 | 新安综合体 | 建成1个。 | ①2月上旬前,完成设计招标。 | ①已完成。2月10日,完成设计招标。 | 达序推进 | 张三 | |
            2 | 金融服务业 | 召开会议2次。 | ①3月底前,召开金融联席会议。 | ①已完成。2月23日,召开联席会议。 | 滞后 | 李四 | 无 |
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "k.txt")).assessed()
        let task = report.tasks[0]
        #expect(task.task == "新安综合体" && task.targetText == "建成1个。")
        #expect(task.plan == "①2月上旬前,完成设计招标。" && task.verdict == "达序推进")
        #expect(task.progress == "①已完成。2月10日,完成设计招标。")
        #expect(task.columns == [TaskColumn(header: "牵头领导", role: .leader, text: "张三")])
        #expect(report.tasks[1].columns.map(\.header) == ["牵头领导", "备注"])
        #expect(report.tasks[1].assessment?.targets.first?.text == "2次", "targets come from the target column")
        #expect(report.region == "开化县" && report.asOfMonth == 3)
    }
}
