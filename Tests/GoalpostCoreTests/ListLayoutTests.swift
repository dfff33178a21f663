import Testing

@testable import GoalpostCore

/// Progress tables written as numbered lists: inline labels, heading + paragraph, run-on text.
struct ListLayoutTests {
    private func parse(_ text: String, month: Int? = nil) throws -> Report {
        try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "list.txt", region: "某市", asOfMonth: month))
    }

    @Test func runOnItemsWithInlineLabelsAreRowsWithThoseColumns() throws {
        let text = """
            2014年市政府民生实事项目1—6月份进展情况公示。 1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通指挥部 项目责任人:尹文德 实际完成情况:已于2014年5月30日通车试运营。 2.新增安装300套路口视频采集设备。 牵头领导:王仁洲 责任单位:市公安局 配合单位:市城管局、市财政局 实际完成情况:整体进度已完成年度目标任务的55%。
            """
        let report = try parse(text)
        #expect(report.tasks.map(\.number) == ["1", "2"])
        #expect(report.tasks.map(\.task) == ["轨道交通1号线一期工程投入试运营。", "新增安装300套路口视频采集设备。"])
        #expect(report.tasks.map(\.owner) == ["市轨道交通指挥部", "市公安局"])
        #expect(report.tasks[1].progress == "整体进度已完成年度目标任务的55%。")
        #expect(report.year == 2014 && report.asOfMonth == 6)
    }

    @Test func labelsInBracketsAndAProgressParagraphBelongToTheItem() throws {
        let text = """
            2021《市政府工作报告》半年完成情况通报

            1.地区生产总值增长10%。(市级牵头单位:市发展改革委;区级牵头单位:区发改局)

            完成情况:上半年,武昌区地区生产总值完成779.43亿元。

            2.全社会固定资产投资增长10%。(市级牵头单位:市发展改革委;区级牵头单位:区发改局)

            完成情况:上半年,武昌区固定资产投资完成190.59亿元,同比增长85%。
            """
        let report = try parse(text)
        #expect(report.tasks.map(\.task) == ["地区生产总值增长10%。", "全社会固定资产投资增长10%。"])
        #expect(report.tasks[0].owner == "市发展改革委")
        #expect(report.tasks[1].progress == "上半年,武昌区固定资产投资完成190.59亿元,同比增长85%。")
        #expect(report.asOfMonth == 6)
    }

    @Test func headingsFollowedByParagraphsAreTaskAndProgress() throws {
        let text = """
            2021年大陈乡人民政府民生实事项目实施情况的报告
            一、文化健身公园建设项目完成情况
            总投资230余万元,现已完工并投入投用。
            二、道路提升项目完成情况
            总投资278万元,全长600米,现已建成使用。
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "list.txt"))
        #expect(report.tasks.map(\.task) == ["文化健身公园建设项目完成情况", "道路提升项目完成情况"])
        #expect(report.tasks[1].progress == "总投资278万元,全长600米,现已建成使用。")
        #expect(report.region == "大陈乡" && report.asOfMonth == 12)
    }

    @Test func aListInsideAProgressTextIsNotTheItems() throws {
        let text = """
            2023年某县民生实事督办情况。(一)深入推进危桥改造主要内容:计划完成危桥改造2座。完成情况:1.老周桥已完工。2.卜巢桥已开标。3.横山桥正在施工。(二)提高低保补贴主要内容:提高标准。完成情况:已提高。
            """
        let report = try parse(text, month: 12)
        #expect(report.tasks.map(\.number) == ["(一)", "(二)"])
        #expect(report.tasks[0].task == "深入推进危桥改造")
        #expect(report.tasks[0].progress == "1.老周桥已完工。2.卜巢桥已开标。3.横山桥正在施工。")
    }

    @Test func itemNamedWithItsNumberInTheReportSplitsAtTheColon() throws {
        let text = "前三季度推进情况通报(2021年)\n\n1.工业技改投资(第6项):1-8月完成208.9亿元。\n\n2.产业投资(第7项):完成852.9亿元。\n"
        let report = try parse(text)
        #expect(report.tasks.map(\.task) == ["工业技改投资(第6项)", "产业投资(第7项)"])
        #expect(report.tasks[0].progress == "1-8月完成208.9亿元。")
        #expect(report.asOfMonth == 9)
    }
}
