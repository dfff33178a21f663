import Testing
@testable import GoalpostCore

/// The office's own words, the report's month and the table's other columns in a judgement.
struct OfficeWordsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var texts: TaskTexts, month = 12, status: OutcomeStatus, schedule: Schedule? = nil, evidence: String? = nil
        var testDescription: String { "\(texts.task) → \(texts.progress) (\(month)月)" }
    }

    static let cases: [Case] = [
        // A progress cell that is only a verdict.
        Case(texts: TaskTexts(task: "文化中心北路", progress: "已完工"), status: .met, evidence: "已完工"),
        // The office's verdict before month 12: delivered, ahead of the calendar.
        Case(texts: TaskTexts(task: "新增老年大学3所。", progress: "提前完成年度任务。\n建成罗阳镇、西旸镇、柳峰乡3老年大学"),
             month: 10, status: .met, schedule: .ahead),
        // A bare 已完成 beside a plan is the month's step, not the task.
        Case(texts: TaskTexts(task: "为老年人免费接种流感疫苗24723人。", progress: "已完成。 已制定并下发免费接种工作方案。",
                              plan: "4月：制定并下发免费接种工作方案。"),
             month: 4, status: .inProgress, schedule: .onTrack),
        Case(texts: TaskTexts(task: "工业技改投资", progress: "1-8月完成208.9亿元，滞后序时进度9.8个百分点。"),
             month: 9, status: .inProgress, schedule: .behind, evidence: "滞后"),
        Case(texts: TaskTexts(task: "启动新安综合体建设。", progress: "完成设计招标，施工图正在图审。", verdict: "达序推进"),
             month: 3, status: .inProgress, schedule: .onTrack),
        // Negations, intentions and parts void a deed.
        Case(texts: TaskTexts(task: "城西幼儿园工程", progress: "主体结构已封顶，尚未建成，预计年底建成投用。"),
             status: .inProgress),
        Case(texts: TaskTexts(task: "城东医院迁建工程", progress: "医院主体已完工，正在进行内部装修。"), status: .inProgress),
        // The task's own part is the whole (一期工程).
        Case(texts: TaskTexts(task: "轨道交通1号线一期工程投入试运营。", progress: "轨道交通1号线一期工程已于2014年5月30日通车试运营。"),
             month: 6, status: .met, schedule: .ahead),
        // Traditional characters are judged in simplified form, text kept as written.
        Case(texts: TaskTexts(task: "提升疾控機構實驗室檢測能力", progress: "6個生物安全二級負壓實驗室均已通過驗收，達到使用要求。"),
             status: .met, evidence: "通过验收"),
        Case(texts: TaskTexts(task: "提升基本公共卫生服务能力", progress: "人均补助标准达81.83元，完成2021年度目标任务。"),
             status: .met),
        // 完成年度目标任务的55% is a share, not a verdict.
        Case(texts: TaskTexts(task: "新增安装300套视频采集设备。", progress: "整体进度已完成年度目标任务的55%，项目按预期计划推进。"),
             month: 6, status: .inProgress, schedule: .onTrack),
        // A growth target reached in June is not yet the year's result.
        Case(texts: TaskTexts(task: "地区生产总值增长10%。", progress: "上半年地区生产总值同比增长22.3%。"),
             month: 6, status: .inProgress, schedule: .ahead),
        // Figures that reach the task's own target stand against 收尾 of one batch.
        Case(texts: TaskTexts(task: "农村生活污水治理工程二期完成总工程量30%。", progress: "第一批已进入收尾阶段，完成农污总量40%。"),
             status: .exceeded),
        Case(texts: TaskTexts(task: "建成城南消防站。", progress: "消防站土建完成，待竣工验收。"), status: .partial, evidence: "待竣工验收"),
        // The year's target column decides the figures over the multi-year task.
        Case(texts: TaskTexts(task: "新建和改造提升城市绿道500公里", progress: "完成城市绿道共计140.01公里。",
                              targetText: "新建和改造提升城市绿道130公里"), status: .exceeded),
        // A figure in another unit answers only when its subject agrees (点位 are not 除颤仪).
        Case(texts: TaskTexts(task: "在公共场所新增配置自动体外除颤仪47台。", progress: "完成全县47个点位设置，设备正在采购。"),
             month: 4, status: .inProgress),
        // Parts and intentions void good news only; a negation a few characters before voids any word.
        Case(texts: TaskTexts(task: "城南学校建设", progress: "总体序时推进，主体施工滞后。"), month: 6,
             status: .inProgress, schedule: .behind),
        Case(texts: TaskTexts(task: "新增就业岗位", progress: "项目推进顺利，未出现滞后情况。"), month: 6,
             status: .inProgress, schedule: nil),
        Case(texts: TaskTexts(task: "城区道路提升", progress: "年度目标任务已全面完成。"), status: .met),
        // A restated task awaiting acceptance is not delivered on the office's word.
        Case(texts: TaskTexts(task: "建成开放玲珑山公园二期工程", progress: "建成开放玲珑山公园二期工程，待验收。"), month: 8,
             status: .inProgress),
        // A total (累计) is the whole: never summed with the year's part of it.
        Case(texts: TaskTexts(task: "2606个撤并村通公路（2013—2017年）。", progress: "上半年新解决1075个撤并村通公路，累计解决了2585个。"),
             month: 6, status: .inProgress, schedule: .ahead),
        // An item that states its own result against the plan.
        Case(texts: TaskTexts(task: "新增 7069张 公办养老床位，为计划的101%。", progress: ""), status: .met),
        Case(texts: TaskTexts(task: "完成 155公里 河道综合整治，为计划的103.3%；新增绿道 305公里，为计划的152.4%。", progress: ""),
             status: .exceeded),
        // A rate of something else (报销比例) is no completion share.
        Case(texts: TaskTexts(task: "提升城乡居民医疗保障待遇", progress: "定点医院报销比例从完成30%提高到50%，全年新增参保5万人。"),
             status: .inProgress),
        // A project is delivered when its deeds outweigh its steps.
        Case(texts: TaskTexts(task: "社区爱心食堂建设工程。", progress: "完成食堂装修，完成设备采购，开门营业。"), status: .met),
        // Bare numbers: the target column's unit comes from the task's brackets; the progress answers it.
        Case(texts: TaskTexts(task: "城市棚户区改造(户)", progress: "4629", targetText: "7699"),
             month: 8, status: .inProgress, schedule: .onTrack),
        Case(texts: TaskTexts(task: "残疾儿童抢救性康复", progress: "73", targetText: "73人"),
             month: 8, status: .met, schedule: .ahead),
        // A completion-rate column is a share when nothing else is compared.
        Case(texts: TaskTexts(task: "建设农村公办幼儿园(所)", progress: "两所幼儿园正在进行内部装修。", targetText: "2所",
                              completionRate: "70%"),
             month: 8, status: .inProgress, schedule: .onTrack),
    ]

    @Test(arguments: cases)
    func judges(_ c: Case) {
        let a = TaskAssessor.assess(c.texts, asOfMonth: c.month)
        #expect(a.status == c.status, "\(a.statusEvidence)")
        #expect(a.schedule == c.schedule, "\(a.statusEvidence)")
        if let word = c.evidence { #expect(a.statusEvidence.contains(word), "\(a.statusEvidence)") }
    }

    @Test func evidenceIsOneChineseLine() {
        let a = TaskAssessor.assess(TaskTexts(task: "新增就业3万人。", progress: "新增就业\n3.2万人。"), asOfMonth: 12)
        #expect(a.statusEvidence == "3.2万人对目标3万人：超额")
    }

    @Test(arguments: [
        ("是否达序：是", "达序"), ("是否达序：否", "滞后"), ("是否滞后：否", "序时推进"), ("是否滞后：是", "滞后"),
        ("是否完成：是", "已完成"), ("是否完成：否", "未完成"), ("是否列入：是", "是否列入：是"), ("达序推进", "达序推进"),
        ("进度是否滞后：√", "滞后"),
    ])
    func aYesNoAnswerIsTheStatementItAmountsTo(verdict: String, statement: String) {
        #expect(YesNoVerdict.statement(verdict) == statement)
    }
}
