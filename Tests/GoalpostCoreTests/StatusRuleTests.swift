import Foundation
import Testing
@testable import GoalpostCore

/// The outcome status rules, one small task at a time.
struct StatusRuleTests {
    /// A task, its progress, the month and the expected status (and evidence word, when one matters).
    struct Case: Sendable, CustomTestStringConvertible {
        var task: String, progress: String, month = 12, status: OutcomeStatus, evidence: String? = nil
        var testDescription: String { "\(task) → \(progress)" }
    }

    static let cases: [Case] = [
        Case(task: "建成开放玲珑山公园。", progress: "建成开放玲珑山公园。", status: .met, evidence: "restated"),
        Case(task: "实际利用外资2亿美元。", progress: "完成实际利用外资2.19亿美元。", status: .exceeded, evidence: "2.19亿美元"),
        Case(task: "新增就业3万人。", progress: "新增就业3万人。", status: .met),
        Case(task: "完成拆迁1200亩以上。", progress: "完成拆迁1238亩。", status: .met),
        Case(task: "完成拆迁1200亩以上。", progress: "完成拆迁1260亩。", status: .exceeded),
        Case(task: "完成危旧住房解危76处。", progress: "完成城镇危房解危17处，农村危房解危132处。", status: .exceeded, evidence: "合计"),
        Case(task: "城镇调查失业率控制在5.5%以内。", progress: "城镇调查失业率为5.6%。", status: .partial),
        Case(task: "城镇调查失业率控制在5.5%以内。", progress: "城镇调查失业率为5.4%。", status: .met),
        Case(task: "单位GDP能耗下降3%。", progress: "单位GDP能耗下降3.1%。", status: .met),
        Case(task: "单位GDP能耗下降3%。", progress: "单位GDP能耗下降2%。", status: .partial),
        Case(task: "新增小微企业1000家。", progress: "新增小微企业420家。", status: .partial),
        Case(task: "新增小微企业1000家。", progress: "新增小微企业420家。", month: 6, status: .inProgress),
        Case(task: "启动松园街等基础设施建设。", progress: "取得初步设计批复，完成施工图编制。", status: .inProgress),
        Case(task: "持续深化“最多跑一次”改革。", progress: "上线“一件事”场景15个，办件量持续提升。", status: .ongoing),
        Case(task: "办好第三届马拉松。", progress: "/", status: .unclear),
        Case(task: "推进县域医共体建设。", progress: "正常推进中。", status: .unclear),
        Case(task: "创成省级重要湿地2个。", progress: "完成2个省级重要湿地申报。", status: .partial, evidence: "申报"),
        Case(task: "力争成为国家标准。", progress: "成功发布为杭州市地方标准。", status: .partial),
        Case(task: "完成戚家桥学校主体工程。", progress: "完成内墙砌筑50%。", status: .partial),
        Case(task: "加快“临安印象”综合体建设。", progress: "完成围护桩施工，支撑梁施工50%。", status: .inProgress),
        Case(task: "低收入农户人均可支配收入增长10%。", progress: "完成低收入农户结对帮扶和走访工作。", status: .unclear),
        Case(task: "建成大明山居酒店。", progress: "建成投用大明山居酒店。", status: .met),
        Case(task: "确保创成省级样板1个。", progress: "成功获评杭州市城乡风貌样板区。", status: .partial),
        Case(task: "改造提升老旧小区12个。", progress: "12个老旧小区已全部开工，其中4个完成主体改造。", status: .partial),
        Case(task: "完善“重点企业直通车”机制。", progress: "扩展重点直通车企业至60家，开展活动47次。", status: .ongoing),
        // What was put off or refused was not delivered; its figure does not count.
        Case(task: "新增养老床位200张。", progress: "新增养老床位120张，另80张因选址调整延期至明年。", status: .partial),
        Case(task: "开通公交线路3条。", progress: "开通公交线路2条，另1条线路审批未获通过。", status: .partial),
        // Several deliverables: met only when each is.
        Case(task: "确保青云科技二期、华盛电子项目建成投产。", progress: "1.青云科技二期：10月建成投产；2.华盛电子：完成竣工验收，生产线调试中。", status: .partial),
        Case(task: "确保青云科技二期、华盛电子项目建成投产。", progress: "青云科技二期10月建成投产；华盛电子12月正式投产。", status: .met),
        // Percentages never add up.
        Case(task: "完成移民安置60%。", progress: "大坝完成工程量的30%；完成移民安置45%。", status: .partial),
        // A running total is no answer to what was added this year.
        Case(task: "新建城市书房10个。", progress: "新建城市书房10个，累计建成56个。", status: .met),
        Case(task: "新建城市书房10个。", progress: "新建城市书房5个，累计建成56个。", status: .partial),
        Case(task: "撤并村通公路2600个。", progress: "上半年完成1075个，累计完成2200个。", status: .partial),
        // A part that names the target's own subject answers it.
        Case(task: "培训高技能人才3000人。", progress: "培训技能人才9000人，其中高技能人才3000人。", status: .met),
        Case(task: "培训高技能人才3000人。", progress: "培训技能人才6000人、农村实用人才1200人，其中高技能人才2500人。", status: .partial),
    ]

    @Test(arguments: cases)
    func judgesTheOutcome(_ c: Case) {
        let a = TaskAssessor.assess(task: c.task, progress: c.progress, asOfMonth: c.month)
        #expect(a.status == c.status, "\(a.statusEvidence)")
        if let word = c.evidence { #expect(a.statusEvidence.contains(word), "\(a.statusEvidence)") }
        #expect(!a.statusEvidence.contains("\n"))
    }

    static let schedules: [(String, Int, Schedule?)] = [
        ("新增小微企业420家。", 6, .onTrack), ("新增小微企业300家。", 6, .behind), ("新增小微企业700家。", 6, .ahead),
        ("新增小微企业420家。", 12, nil), ("新增小微企业800家。", 9, .onTrack), ("新增小微企业200家。", 3, .onTrack), ("新增小微企业100家。", 3, .behind),
    ]

    @Test(arguments: schedules)
    func comparesProgressWithTheCalendar(progress: String, month: Int, schedule: Schedule?) {
        #expect(TaskAssessor.assess(task: "新增小微企业1000家。", progress: progress, asOfMonth: month).schedule == schedule)
    }

    static let pairings: [(String, String, [Int?])] = [
        ("学前教育公办率达76%、普惠率达97%以上。", "普惠率达97.04%，公办率达81.01%。", [1, 0]),
        ("全年落地亿元以上产业项目40个，其中10亿元以上产业项目8个。", "落地亿元项目58个，其中，10亿元以上产业项目8个。", [0, 1]),
        ("低收入农户人均可支配收入增长10%。", "低收入农户结对率100%。", [nil]),
        ("新增公共停车场2个、公共停车泊位2000个。", "新增公共停车场3个，公共停车泊位2824个。", [0, 1]),
        ("新增托育机构1家、普惠托位100个。", "新增托育机构2家、普惠托位158个。", [0, 1]),
        ("家庭养老服务床位370张以上。", "完成18个镇街399张家庭养老床位建设。", [nil, 0]),
    ]

    @Test(arguments: pairings)
    func pairsEachActualWithTheTargetItAnswers(task: String, progress: String, expected: [Int?]) {
        let a = TaskAssessor.assess(task: task, progress: progress, asOfMonth: 12)
        #expect(a.actuals.map(\.target) == expected)
    }
}
