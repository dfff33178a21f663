import Testing
@testable import GoalpostCore

@Suite struct MetadataTests {
    @Test(arguments: [
        ("2023年政府工作报告重点工作完成情况表", 12),
        ("2023年《政府工作报告》重点工作半年度进展情况", 6),
        ("2023年政府工作报告主要目标任务一季度完成情况", 3),
        ("2023年政府工作报告重点工作1-9月进展情况", 9),
        ("2023年政府工作报告重点工作1—10月进展情况", 10),
        ("2023年政府工作报告第四季度主要任务完成情况", 12),
        ("2023年上半年重点工作推进情况", 6),
        ("2023年前三季度重点工作推进情况", 9),
    ])
    func periodComesFromTheTitle(title: String, month: Int) {
        #expect(PeriodVocabulary.headlineMonth(in: title) == month)
    }

    @Test(arguments: [
        ("临安区今年完成了三项工作，临安区还有杭州市的支持。", "临安区"),
        ("余杭区、余杭区、杭州市", "余杭区"),
        ("淳安县 淳安县 全县 全县 全县", "淳安县"),
        ("建设工业园区和未来社区，提升城区景区品质", nil),
    ] as [(String, String?)])
    func regionIsTheMostFrequentPlaceName(text: String, region: String?) {
        #expect(RegionInference.region(in: text) == region)
    }

    @Test func theTitleSaysWhatLevelTheTableSpeaksAs() {
        let body = "完成结对帮扶学校2所：平阳县鳌江中学骨干教师来校交流。"
        #expect(RegionInference.bodyRegion(in: body) == "平阳县")
        #expect(RegionInference.bodyRegion(in: body, title: "2023年度省政府民生实事涉我区工作任务一季度进展情况") == nil)
    }

    @Test func aCountyHighSchoolIsNoCounty() {
        // 县中 is a county high school: 品质县 before it is no place, however often.
        #expect(RegionInference.bodyRegion(in: "建设品质县中10所。\n建设品质县中4所。") == nil)
    }

    @Test func regionTieFavoursDistrictOverCity() {
        #expect(RegionInference.region(in: "杭州市临安区") == "临安区")
    }

    @Test(arguments: [("2023年临安区", 2023), ("截至2024年6月", 2024), ("12345年", nil), ("第10000号", nil)] as [(String, Int?)])
    func yearIsAFourDigitNumber(text: String, year: Int?) {
        #expect(ReportMetadata.firstYear(in: text) == year)
    }

    @Test func titleIsTheLineWithYearAndTableWord() {
        #expect(ReportMetadata.pickTitle(["附件", "", "2023年政府工作报告重点工作完成情况表"]) == "2023年政府工作报告重点工作完成情况表")
    }

    @Test func forcedValuesWinOverInference() throws {
        let options = ParseOptions(fileName: "x.txt", region: "临安市", year: 2016, asOfMonth: 6)
        let report = try ReportReader.read(Fixtures.bytes("linan-2023-annual.txt"), options: options)
        #expect(report.region == "临安市")
        #expect(report.year == 2016)
        #expect(report.asOfMonth == 6)
    }
}

/// Periods, regions and headers as real pages state them (traditional characters, mirror-site pinyin).
@Suite struct PageMetadataTests {
    @Test(arguments: [
        ("2023年省政府民生实事项目实施计划(截至4月10日)", 4),
        ("2023年10月份政府民生实事项目进展情况", 10),
        ("2024年4月省政府民生实事项目进展情况汇总表", 4),
        ("2021年为民办实事项目进展情况月报表(11月份)", 11),
        ("现将实事项目1—6月份进展情况予以公示", 6),
        ("2020年区政府民生实事项目完成情况", 12),
        ("近日省委、省政府发布关于2023年为民办实事项目实施情况的通报", 12),
        ("2023年省政府民生實事項目實施計劃(截至4月10日)", 4),
    ])
    func headlinesStateTheirMonth(headline: String, month: Int) {
        #expect(PeriodVocabulary.headlineMonth(in: headline) == month)
    }

    @Test(arguments: ["2024年度区政府民生实事人大票决项目进度表", "公开日期: 2021年08月03日", "2023年重点工作清单"])
    func headlinesWithoutAPeriodStateNone(headline: String) {
        #expect(PeriodVocabulary.headlineMonth(in: headline) == nil)
    }

    @Test func pageWithoutAPeriodIsRefusedNamingTheOption() throws {
        let text = Fixtures.table(title: "2024年临安区民生实事项目进度表", rows: [["序号", "项目名称", "进展情况"], ["1", "建成公园", "已开工"]])
        let error = #expect(throws: ParseError.self) { try Fixtures.parse(text, file: "p.txt") }
        #expect(error == .noMonth(file: "p.txt"))
        #expect(error?.description.contains("--as-of-month") == true)
        #expect(try Fixtures.parse(text, file: "临安-2024-m5.txt").asOfMonth == 5)
    }

    @Test(arguments: [("linan-2023-q2.txt", 6), ("x-h1.docx", 6), ("2024-m10.txt", 10), ("annual-2023.pdf", 12), ("2023年1-9月.txt", 9), ("2023.txt", nil)] as [(String, Int?)])
    func fileNamesCanStateTheMonth(name: String, month: Int?) {
        #expect(PeriodVocabulary.nameMonth(in: name) == month)
    }

    @Test func regionNamesAreFoundWhole() {
        #expect(RegionInference.region(in: "岳阳楼区推进岳阳楼区建设") == "岳阳楼区")
        #expect(RegionInference.region(in: "完成县中崛起一对一结对帮扶") == nil)
        // 区块 is a block of land, not a district: 双林区块 names no 双林区.
        #expect(RegionInference.region(in: "双林区块公租房主体结顶") == nil)
        #expect(RegionInference.region(in: "蒼南縣、蒼南縣") == "苍南县")
    }

    @Test func headlinesNameTownsAndPageLabelsNameBodies() {
        #expect(RegionInference.headlineRegion(in: "2021年大陈乡人民政府民生实事项目实施情况的报告") == "大陈乡")
        #expect(RegionInference.headlineRegion(in: "开化县2023年度重点工作清单") == "开化县")
        #expect(RegionInference.sourceRegion(in: ["来源:福州市园林中心"]) == "福州市园林中心")
        #expect(RegionInference.sourceRegion(in: ["来源：杭州市临安区人民政府"]) == "临安区")
        #expect(RegionInference.sourceRegion(in: ["来源: 县府及县府办"]) == nil)
    }

    @Test func traditionalTextIsComparedSimplifiedAndPinyinIsDropped() {
        #expect(SimplifiedChinese.simplified("項目內容") == "项目内容")
        #expect(SimplifiedChinese.simplified("显著") == "显著")
        #expect(PinyinAnnotation.removed(from: "序號(hào)") == "序號")
        #expect(PinyinAnnotation.removed(from: "項(xiàng)目?jī)?nèi)容") == "項目容")
        #expect(PinyinAnnotation.removed(from: "生物安全二級(P2)") == "生物安全二級(P2)")
        #expect(ColumnRole.recognise(PinyinAnnotation.removed(from: "目前實(shí)施情況")) == .progress)
        #expect(ColumnRole.recognise("項目?容") == .target)
    }

    @Test(arguments: [
        ("落实情况", ColumnRole.progress), ("1- 8月实际完成情况", .progress), ("月度工作计划", .plan), ("工作进度安排", .plan),
        ("完成成效", .result), ("完成状态", .verdict), ("进度是否滞后", .verdict), ("责任人", .leader), ("牵头责任单位", .owner),
        ("完成时间", .deadline), ("承担的重点工作", .task), ("省重点民生实事项目名称", .task), ("项目内容", .target), ("备注", .remarks),
    ])
    func headerWordsGiveRoles(label: String, role: ColumnRole) {
        #expect(ColumnRole.recognise(label) == role)
    }
}
