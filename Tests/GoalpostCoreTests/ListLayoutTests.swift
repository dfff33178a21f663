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

/// Grids that lost their structure: run-on words, and one key/value block per project.
struct FlattenedGridTests {
    @Test func runOnWordsAreRowsAtEachNextNumber() throws {
        let text = "2022上半年重点工作进展情况统计表 序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位 一、努力完成主要目标 1 生产总值增长6%。 序时推进 一季度增长5%。 市发展改革委 2 固定资产投资增长10%以上。 序时推进 梳理项目 计划新开工项目清单 按月调度。 市发展改革委"
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "某市"))
        #expect(report.tasks.map(\.task) == ["生产总值增长6%。", "固定资产投资增长10%以上。"])
        #expect(report.tasks[1].progress == "梳理项目 计划新开工项目清单 按月调度。")
        #expect(report.tasks.map(\.owner) == ["市发展改革委", "市发展改革委"])
        #expect(report.sections.map(\.title) == ["一、努力完成主要目标"])
        #expect(report.asOfMonth == 6)
    }

    @Test func keyValueBlocksAreOneRowEach() throws {
        let text = """
            2021年为民办实事项目进展情况月报表(11月份)

            2021年省为民办实事项目进展情况月报表(11月份)

            项 目

            名 称

            新建城市绿道130公里

            进 展

            情 况

            已完成年度目标任务,共计140.01公里。

            存 在

            困 难

            和问题

            无

            进 度是 否滞 后

            否

            2021年市为民办实事项目进展情况月报表(11月份)

            项目名称

            增种林荫50处

            进展情况

            已完成,共计51处。

            进 度是 否滞 后

            否

            来源:福州市园林中心
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt"))
        #expect(report.tasks.map(\.task) == ["新建城市绿道130公里", "增种林荫50处"])
        #expect(report.tasks.map(\.progress) == ["已完成年度目标任务,共计140.01公里。", "已完成,共计51处。"])
        #expect(report.region == "福州市园林中心" && report.asOfMonth == 11)
    }
}

/// Pipe captures with one cell per line, and lists whose items are unnumbered headings.
struct CellStreamTests {
    @Test func oneCellPerLineRowsEndAtPipeLinesAndTakeMergedCellsFromAbove() throws {
        let text = """
            2024年度区政府民生实事项目进度表(1-11月)
            序号 |
            牵头单位 |
            项目名称 |
            业主单位 |
            进展情况 |
            ||
            一 |
            区住建局 |
            文化中心北路 |
            区城投 |
            已完工 |
            |
            乐业路 |
            区城管局 |
            正在施工 |
            ||||
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "新建区"))
        #expect(report.tasks.map(\.task) == ["文化中心北路", "乐业路"])
        #expect(report.tasks.map(\.progress) == ["已完工", "正在施工"])
        #expect(report.tasks.map(\.owner) == ["区住建局", "区住建局"])
        #expect(report.asOfMonth == 11)
    }

    @Test func oneCellPerLineWithoutRowEndsStartsRowsAtNumbers() throws {
        // The capture starts at row 7 and the table skips row 8, as tables listing some tasks do.
        let text = "2022年第二季度重点任务进展情况\n序号 | 重点任务 |\n完成时间 | 责任部门 | 进展情况 |\n7 |\n建成公园 |\n6月底 |\n区住建局 |\n已开工 |\n9 |\n修路 |\n9月底 |\n区交通局 |\n已完成 |\n"
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "某区"))
        #expect(report.tasks.map(\.number) == ["7", "9"])
        #expect(report.tasks.map(\.progress) == ["已开工", "已完成"])
        #expect(report.asOfMonth == 6)
    }

    @Test func numberedOneCellPerLineRowsCountALineOfPipesAsEmptyCells() throws {
        let text = """
            岳阳楼区2017年1-8月省重点民生实事完成情况表
            序号 |
            项目名称 |
            责任单位 |
            目标任务 |
            1-8月实际完成情况 |
            1-8月实际完成率% |
            备注 |
            1 |
            农村饮用水安全巩固提升 |
            农林水务局 |
            1300人 |
            700 |
            54% |
            已解决700人的饮水问题 |
            2 |
            建设农村公办幼儿园 |
            教育局 |
            2所 |
            |
            70% |
            |
            3 |
            新增养老服务床位 |
            民政局 |
            71个 |
            55 |
            77% |
            |
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt"))
        #expect(report.tasks.map(\.number) == ["1", "2", "3"])
        #expect(report.tasks.map(\.progress) == ["700", "", "55"])
        #expect(report.tasks.map(\.owner) == ["农林水务局", "教育局", "民政局"])
        #expect(report.region == "岳阳楼区" && report.asOfMonth == 8)
    }

    /// A title and a section line above numbered items are not the items, though the numbers fall
    /// inside the second of them.
    @Test func numberedItemsUnderATitleAndASectionLineAreTheItems() throws {
        let text = """
            关于2017年政府为民办好10件实事
            落实情况的调查报告
            为了解区政府承诺为群众办好10件实事的落实情况，现将情况报告如下：
            一、10件实事的进展情况
            截止2017年12月底，10件实事大多数已经完成。
            1、创业就业工程：全年新增就业9789人。
            2、基础设施建设：投资520万元翻修道路3条。
            3、文体教育：实施塑胶操场改造2处。
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "路南区"))
        #expect(report.tasks.count == 3)
        #expect(report.tasks.first?.progress.contains("9789人") == true)
    }

    /// Each number stands alone on its line, the item's text below it (a figure may open it).
    @Test func numbersAloneOnTheirLinesNumberTheItemsBelow() throws {
        let text = """
            2016年市政府实事项目具体完成情况

            1

            新增 7069张 公办养老床位，为计划的101%。

            2

            300家 标准化菜场完成改造，为计划的100%。

            3

            新增 51家 长者照护之家，为计划的102%。
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "上海市"))
        #expect(report.tasks.count == 3)
        #expect(report.tasks[1].task.hasPrefix("300家"))
    }

    /// Numerals whose 、 the page lost (一开展…) number the items when three or more run at line starts.
    @Test func numeralsGluedToTheirHeadingsNumberTheItems() throws {
        let text = """
            2022年十件民生实事完成情况
            一开展学位供给保障行动
            全年新改扩建公办学校21所，完成年初计划的119%。
            二开展缓解停车难行动
            共新建改建停车场65个，新增停车位2.29万个。
            三开展医疗保障待遇提升行动
            城乡医保财政补助标准从年人均580元提高到610元。
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "汕尾市"))
        #expect(report.tasks.map(\.task) == ["开展学位供给保障行动", "开展缓解停车难行动", "开展医疗保障待遇提升行动"])
        #expect(report.tasks[1].progress.hasPrefix("共新建改建停车场65个"))
    }

    /// One paragraph per task: the first sentence is the task, the next opens the progress.
    @Test func paragraphsWhoseSecondSentenceReportsProgressAreItems() throws {
        let text = """
            按照市委民生工作部署，2015年重点民生实事上半年进展如下。
            2606个撤并村通公路（2013—2017年）。上半年已完成建设4022公里，累计解决2585个。
            完成7.4万口山坪塘整治（2013—2017年）。上半年已全部完工。
            50万人高山生态扶贫搬迁（2013—2017年）。上半年已完成搬迁安置6.4万人。
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "重庆市", asOfMonth: 6))
        #expect(report.tasks.map(\.task) == ["2606个撤并村通公路（2013—2017年）。", "完成7.4万口山坪塘整治（2013—2017年）。",
                                              "50万人高山生态扶贫搬迁（2013—2017年）。"])
        #expect(report.tasks[1].progress == "上半年已全部完工。")
        #expect(RegionInference.headlineRegion(in: "按照市委民生工作部署，2015年重点民生实事上半年进展如下。") == nil)
    }

    /// Bulleted items (☑…) are a list; the month the items open their progress with is the
    /// report's when the page states none.
    @Test func bulletedItemsAreAList() throws {
        let text = """
            2025年街道民生实事项目进展
            ☑辖区内老旧路灯改造出新工程项目
            截至6月底，478盏路灯刷漆出新，该项目已于3月完成。
            ☑东蕾苑二期新建工程
            截至6月底，主体完成约70%。
            ☑街道社区卫生服务中心改扩建工程
            截至6月底，已取得施工许可证，正在桩基施工。
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "东北塘街道"))
        #expect(report.tasks.map(\.task) == ["辖区内老旧路灯改造出新工程项目", "东蕾苑二期新建工程", "街道社区卫生服务中心改扩建工程"])
        #expect(report.asOfMonth == 6)
    }

    /// Items named and numbered in words (实事一：…) are numbered items.
    @Test func itemsNamedWithTheirNumeralAreItems() throws {
        let text = """
            2022年十件实事最新进展
            实事一：创建11个省级美丽乡村建设试点村。
            截至6月30日，11个试点村项目全面完工。
            实事二：新改扩建“四好农村路”300公里。
            截至6月30日，完成163.98公里。
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "黄石市"))
        #expect(report.tasks.count == 2)
        #expect(report.tasks[1].task.hasPrefix("新改扩建"))
        #expect(report.asOfMonth == 6)
    }

    /// Two such paragraphs are prose, not a list.
    @Test func twoProgressParagraphsAreNoList() throws {
        let text = "2015年工作情况\n修建公路100公里。上半年已完成60公里。\n新建学校2所。目前已开工。\n"
        #expect(throws: (any Error).self) { try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt")) }
    }

    /// A figure ending a line (改造路灯 2⏎处) is no item number: only a number at a line start stands alone.
    @Test func aFigureEndingALineIsNoItemNumber() throws {
        let text = "2023年民生实事完成情况\n1.改造路灯 2\n处，已完成。\n2.新建公园。已完成。\n3.新建学校。已完成。\n"
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "某区"))
        #expect(report.tasks.map(\.number) == ["1", "2", "3"])
        #expect(report.tasks[1].task.hasPrefix("新建公园"))
    }

    /// Items counted in words (第一项：…) are numbered items.
    @Test func itemsCountedInWordsAreItems() throws {
        let text = """
            暨阳街道2023年民生实事项目完成情况报告
            第一项：校舍维修建设及设施设备提升工程。
            包括完成滨江小学整体提升改造，项目已全部完工。
            第二项：农村公路大中修工程。
            张庄—董村公路投资约250万元，已完工。
            第三项：社区爱心食堂建设工程。
            再开设一家社区爱心食堂，已投入使用。
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt"))
        #expect(report.tasks.count == 3)
        #expect(report.tasks[0].task.hasPrefix("校舍维修建设"))
        #expect(report.region == "暨阳街道")
    }

    /// Two glued numerals are no list: 一体化… 二手… at line starts are words.
    @Test func twoGluedNumeralsAreWords() throws {
        let text = "2022年工作完成情况\n一体化推进数字政府建设。\n二手车市场规范整治完成。\n"
        #expect(throws: (any Error).self) {
            try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "汕尾市"))
        }
    }

    @Test func unnumberedHeadingsAboveParagraphsAreItems() throws {
        let text = """
            2021年为民办实事项目全面完成
            近日,省委、省政府发布关于2021年为民办实事项目实施情况的通报。
            建设重大疫情救治基地
            省级财政补助资金下达3.6亿元,完成年度计划的112.5%。
            (一)金山院区二期项目:感染楼主体结构封顶。
            (二)协和医院二期项目:主体结构施工至四层。
            提升卫生应急救援处置能力
            完成95支应急队伍组建和装备配备。
            """
        let report = try ReportReader.read(Array(text.utf8), options: ParseOptions(fileName: "t.txt", region: "福建省"))
        #expect(report.tasks.map(\.task) == ["建设重大疫情救治基地", "提升卫生应急救援处置能力"])
        #expect(report.tasks[0].progress.hasSuffix("主体结构施工至四层。"))
        #expect(report.asOfMonth == 12)
    }
}
