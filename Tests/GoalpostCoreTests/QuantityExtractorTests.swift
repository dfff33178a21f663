import Foundation
import Testing
@testable import GoalpostCore

/// Units, qualifiers, kinds and directions of figures in task and progress texts.
struct QuantityExtractorTests {
    /// One expected first figure of a text.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String, value: String, unit: String
        var qualifier: Qualifier = .exact, kind: QuantityKind = .level, valueMax: String? = nil
        var higherIsBetter: Bool? = nil
        var testDescription: String { text }
    }

    static let units: [Case] = [
        Case(text: "消化清理土地9500亩以上", value: "9500", unit: "亩", qualifier: .atLeast),
        Case(text: "全年腾出用能3万吨标煤", value: "30000", unit: "吨标煤"),
        Case(text: "腾出用能3.5万吨标准煤", value: "35000", unit: "吨标煤"),
        Case(text: "实际利用外资2.19亿美元", value: "219000000", unit: "美元"),
        Case(text: "盘活存量楼宇空间18.7万方", value: "187000", unit: "平方米"),
        Case(text: "I期区块完成开挖20万方", value: "200000", unit: "立方米"),
        Case(text: "资源外运6.3万方", value: "63000", unit: "立方米"),
        Case(text: "河道清淤5000方", value: "5000", unit: "立方米"),
        Case(text: "新增就业3万人", value: "30000", unit: "人"),
        Case(text: "服务群众36.8万人次", value: "368000", unit: "人次"),
        Case(text: "光伏并网装机7.22万千瓦", value: "72200", unit: "千瓦"),
        Case(text: "年发电量1.2亿千瓦时", value: "120000000", unit: "千瓦时"),
        Case(text: "新建城市书房4个", value: "4", unit: "个"),
        Case(text: "新增市级以上龙头企业2家", value: "2", unit: "家"),
        Case(text: "发布浙江制造标准6项", value: "6", unit: "项"),
        Case(text: "完成7座大中型水库方案", value: "7", unit: "座"),
        Case(text: "完成6所薄弱学校改造", value: "6", unit: "所"),
        Case(text: "出让工业用地49宗", value: "49", unit: "宗"),
        Case(text: "完成4条河湖健康评价", value: "4", unit: "条"),
        Case(text: "完成危旧住房解危76处", value: "76", unit: "处"),
        Case(text: "无障碍改造112户", value: "112", unit: "户"),
        Case(text: "新增入楼创业人员4278名", value: "4278", unit: "名"),
        Case(text: "新增床位117张", value: "117", unit: "张"),
        Case(text: "生猪出栏19万头", value: "190000", unit: "头"),
        Case(text: "举办推介活动5场", value: "5", unit: "场"),
        Case(text: "组织体育活动100场次以上", value: "100", unit: "场次", qualifier: .atLeast),
        Case(text: "完成两批次共28个", value: "2", unit: "批次"),
        Case(text: "农村公路大中修148公里", value: "148", unit: "公里"),
        Case(text: "新增体育场地1.8万平方米", value: "18000", unit: "平方米"),
        Case(text: "治理水土流失3.2公顷", value: "3.2", unit: "公顷"),
        Case(text: "带动农产品销售2.5亿元", value: "250000000", unit: "元"),
        Case(text: "兑现资金500万元", value: "5000000", unit: "元"),
        Case(text: "出境企业282家次", value: "282", unit: "家次"),
        Case(text: "PM2.5平均浓度30.9微克/立方米", value: "30.9", unit: "微克/立方米", higherIsBetter: false),
        Case(text: "建成两条美丽河湖", value: "2", unit: "条"),
        Case(text: "改造一百二十三户", value: "123", unit: "户"),
        Case(text: "储备二十万吨", value: "200000", unit: "吨"),
        Case(text: "培训一千零五名", value: "1005", unit: "名"),
        Case(text: "新增装机三千瓦", value: "3", unit: "千瓦"),
        Case(text: "新增装机5千瓦", value: "5", unit: "千瓦"),
        Case(text: "培训3千人", value: "3000", unit: "人"),
        Case(text: "统一规划建设3个", value: "3", unit: "个"),
        Case(text: "修建步道500米", value: "500", unit: "米"),
        Case(text: "新增１２个", value: "12", unit: "个"),
        Case(text: "建成幢楼4幢", value: "4", unit: "幢"),
        Case(text: "配置巡回车25辆", value: "25", unit: "辆"),
        Case(text: "森林火灾受害率控制在0.8‰以内", value: "0.8", unit: "‰", qualifier: .atMost, higherIsBetter: false),
        Case(text: "企业开办时间压缩至1个工作日以内", value: "1", unit: "工作日", qualifier: .atMost, higherIsBetter: false),
        Case(text: "审批时限缩短至3天", value: "3", unit: "天", qualifier: .atMost, higherIsBetter: false),
        Case(text: "建设工期6个月", value: "6", unit: "月"),
        Case(text: "响应时间降至2小时", value: "2", unit: "小时", qualifier: .atMost),
        Case(text: "新增学位1,200个", value: "1200", unit: "个"),
    ]

    static let qualifiers: [Case] = [
        Case(text: "建成不少于50个", value: "50", unit: "个", qualifier: .atLeast),
        Case(text: "覆盖率不低于90%", value: "90", unit: "%", qualifier: .atLeast),
        Case(text: "面积突破9万平方米", value: "90000", unit: "平方米", qualifier: .atLeast),
        Case(text: "企业超过100家", value: "100", unit: "家", qualifier: .atLeast),
        Case(text: "总产超4万吨", value: "40000", unit: "吨", qualifier: .atLeast),
        Case(text: "力争招引项目20个以上", value: "20", unit: "个", qualifier: .atLeast),
        Case(text: "惠及约3万人", value: "30000", unit: "人", qualifier: .about),
        Case(text: "吸引近5000名", value: "5000", unit: "名", qualifier: .about),
        Case(text: "培训3000人左右", value: "3000", unit: "人", qualifier: .about),
        Case(text: "排放不超过500吨", value: "500", unit: "吨", qualifier: .atMost, higherIsBetter: false),
        Case(text: "失业人数控制在4000人以内", value: "4000", unit: "人", qualifier: .atMost, higherIsBetter: false),
        Case(text: "单户补助5000元以下。", value: "5000", unit: "元", qualifier: .atMost, higherIsBetter: false),
        Case(text: "累计服务企业55余家", value: "55", unit: "家", qualifier: .atLeast),
        Case(text: "完成救护员培训1.3万多人", value: "13000", unit: "人", qualifier: .atLeast),
        Case(text: "累计播放量达500万+", value: "5000000", unit: "", qualifier: .atLeast),
        Case(text: "完成130余场体育赛事", value: "130", unit: "场", qualifier: .atLeast),
        Case(text: "收入增长5%—6%", value: "5", unit: "%", qualifier: .range, kind: .growth, valueMax: "6"),
        Case(text: "建成两到三个", value: "2", unit: "个", qualifier: .range, valueMax: "3"),
        Case(text: "建成1-2个示范村", value: "1", unit: "个", qualifier: .range, valueMax: "2"),
        Case(text: "建成两三个", value: "2", unit: "个", qualifier: .range, valueMax: "3"),
        Case(text: "接待游客十几万人次", value: "110000", unit: "人次", qualifier: .range, valueMax: "190000"),
        Case(text: "走访数十家企业", value: "20", unit: "家", qualifier: .range, valueMax: "90"),
        Case(text: "完成签约4家", value: "4", unit: "家"),
        Case(text: "接近10个", value: "10", unit: "个"),
    ]

    static let kinds: [Case] = [
        Case(text: "学前教育公办率达76%", value: "76", unit: "%", higherIsBetter: true),
        Case(text: "普惠率达97%以上", value: "97", unit: "%", qualifier: .atLeast),
        Case(text: "社会消费品零售总额增长6%", value: "6", unit: "%", kind: .growth, higherIsBetter: true),
        Case(text: "地区生产总值增长6%左右", value: "6", unit: "%", qualifier: .about, kind: .growth),
        Case(text: "固定资产投资下降2.1%", value: "-2.1", unit: "%", kind: .growth, higherIsBetter: false),
        Case(text: "研发投入强度提高0.2个百分点", value: "0.2", unit: "百分点", kind: .change),
        Case(text: "贫困发生率下降1.5个百分点", value: "-1.5", unit: "百分点", kind: .change, higherIsBetter: false),
        Case(text: "外贸增长百分之五", value: "5", unit: "%", kind: .growth),
        Case(text: "化学需氧量减少500吨", value: "-500", unit: "吨", kind: .change, higherIsBetter: false),
        Case(text: "增加绿地3000平方米", value: "3000", unit: "平方米", kind: .change, higherIsBetter: true),
        Case(text: "城镇调查失业率控制在5.5%以内", value: "5.5", unit: "%", qualifier: .atMost, higherIsBetter: false),
        Case(text: "居民消费价格涨幅控制在3%左右", value: "3", unit: "%", qualifier: .about, kind: .growth, higherIsBetter: false),
        Case(text: "单位GDP能耗下降3%", value: "-3", unit: "%", kind: .growth, higherIsBetter: false),
        Case(text: "居民消费价格指数上涨2.1%", value: "2.1", unit: "%", kind: .growth, higherIsBetter: false),
        Case(text: "新增小微企业1800家", value: "1800", unit: "家", higherIsBetter: true),
        Case(text: "达到2.1%", value: "2.1", unit: "%"),
    ]

    @Test(arguments: units + qualifiers + kinds)
    func readsTheFirstFigure(_ c: Case) throws {
        let q = try #require(QuantityExtractor().targets(in: c.text).first, "no figure in '\(c.text)'")
        #expect(q.value == Decimal(string: c.value))
        #expect(q.valueMax == c.valueMax.flatMap { Decimal(string: $0) })
        #expect(q.unit == c.unit)
        #expect(q.qualifier == c.qualifier)
        #expect(q.kind == c.kind)
        if let h = c.higherIsBetter { #expect(q.higherIsBetter == h) }
        #expect(c.text.contains(q.text))
    }

    static let nonQuantities = [
        "2023年", "2018年以来", "确保3月底前全线建成通车", "今年9月招生", "11月28日发布", "1-12月累计开展",
        "（2024-2025年）方案", "“1+3”工业主平台", "329国道沿线", "G329沿线", "创建4A级景区", "支持创建5A级",
        "5G基站建设", "清理“三块地”", "“十四五”规划", "“一图四库”", "实现“8050”目标", "统一规划", "进一步提高",
        "一是加快推进", "获全省第二名", "举办第八届大赛", "吴越文化研究三年行动计划", "达到近五年最高水平",
        "打造万亩“天目粮仓”", "新增千万亩森林质量提升", "水稻百亩示范方", "PM2.5浓度达标", "2.0窗口设置",
        "对外开放运营8300户外运动中心", "第一批农污3+3+5民生实施段", "一次性告知机制", "构建“一支队伍管执法”",
        "〔2022〕2号", "第一人民医院", "通过三级乙等评审", "深化“两进两回”", "“一河一策”方案", "一廊三圈十八景",
        "完成302.5高程以上", "《规划（2021—2035年）》", "新天地C49地块", "“15分钟品质文化生活圈”",
    ]

    @Test(arguments: nonQuantities)
    func namesDatesAndOrdinalsAreNotQuantities(_ text: String) {
        #expect(QuantityExtractor().targets(in: text).isEmpty, "\(QuantityExtractor().targets(in: text).map(\.text))")
    }

    static let sizeClasses: [(String, [String])] = [
        ("全年落地亿元以上产业项目40个，其中10亿元以上产业项目8个", ["40", "8"]),
        ("引进10亿元以上项目3个", ["3"]),
        ("消除家庭人均年收入1.4万元以下现象", []),
        ("培育年产值5000万元以上企业10家", ["10"]),
        ("确保85%以上行政村实现“8050”目标", ["85"]),
    ]

    @Test(arguments: sizeClasses)
    func sizeClassesBelongToTheSubject(text: String, values: [String]) {
        let found = QuantityExtractor().targets(in: text)
        #expect(found.map(\.value) == values.compactMap { Decimal(string: $0) })
    }

    @Test func sizeClassStaysInTheSubjectOfTheCount() throws {
        let found = QuantityExtractor().targets(in: "全年落地亿元以上产业项目40个，其中10亿元以上产业项目8个")
        #expect(found.last?.subject == "10亿元以上产业项目")
    }

    static let subjects: [(String, Int, String)] = [
        ("完成实际利用外资2.19亿美元。", 0, "实际利用外资"),
        ("新增公共停车场2个、公共停车泊位2000个。", 1, "公共停车泊位"),
        ("建成滨湖新城、锦南新城等3个未来社区。", 0, "未来社区"),
        ("累计盘活存量楼宇空间18.7万方。", 0, "盘活存量楼宇空间"),
        ("城乡居民人均可支配收入分别增长5.5%和7%。", 1, "城乡居民人均可支配收入"),
    ]

    @Test(arguments: subjects)
    func keepsAShortSubject(text: String, index: Int, subject: String) throws {
        let found = QuantityExtractor().targets(in: text)
        try #require(found.count > index)
        #expect(found[index].subject == subject)
    }
}
