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
        #expect(PeriodVocabulary.asOfMonth(title: title) == month)
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
