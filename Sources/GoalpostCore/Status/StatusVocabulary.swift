/// The words the status rules rely on (已完成 / 正在 / 持续 …), by what they show.
///
/// Data, not code: the assessor counts these words in the task and progress texts.
package enum StatusVocabulary {
    /// Task verbs naming a deliverable with an end point (建成, 投用, 通车 …), each with the progress
    /// words that show it delivered.
    package static let deliverables: [(task: String, shownBy: [String])] = [
        ("建成", ["建成", "投用", "投入使用", "竣工", "完工", "开放", "投产"]),
        ("投用", ["投用", "投入使用", "开放运营", "启用"]), ("通车", ["通车"]), ("开放", ["开放"]),
        ("投产", ["投产"]), ("创成", ["创成", "获评", "成功创建", "创建", "入选", "评定", "确定", "为4A"]),
        ("争创", ["创成", "获评", "成功创建", "入选"]), ("招生", ["招生", "投用", "投入使用"]),
        ("完成", ["完成"]), ("启动", ["启动", "开工", "动工", "印发", "完成"]), ("动建", ["动工", "开工", "进场"]),
        ("改建", ["改建", "完成"]), ("打通", ["打通"]), ("上线", ["上线"]), ("办好", ["举办", "办好"]),
        ("承办", ["举办", "承办"]), ("举办", ["举办"]), ("出台", ["出台", "印发"]), ("竣工", ["竣工"]), ("新建", ["新建", "建成"]), ("成为", ["成为", "为"]), ("打造", ["打造", "建成"]),
        ("创建", ["创成", "获评", "成功创建", "入选"]),
        ("培育", ["培育", "评定"]), ("开展", ["开展", "完成"]), ("开发", ["开发", "上线", "完成"]), ("达到", ["达到"]),
        ("建立", ["建立", "上线", "搭建"]),
    ]

    /// Progress words that show something delivered, whatever the task said.
    package static let deliveredWords = [
        "建成", "投用", "投入使用", "通车", "开放", "竣工", "完工", "投产", "创成", "获评", "成功举办", "举办",
        "圆满完成", "已完成", "完成", "通过验收", "验收", "出台", "印发", "上线", "打通", "入选", "评定", "发布",
    ]

    /// Progress words that show only preparatory or intermediate steps (正在, 完成设计, 申报 …).
    package static let preparatoryWords = [
        "正在", "启动", "设计", "方案", "施工图", "申报", "审查", "评审", "论证", "招投标", "前期", "进场",
        "开挖", "推进中", "进入", "动工", "提交", "编制", "正负零", "围护桩", "可研", "试运行", "征集", "谋划",
        "施工", "修改完善", "研究对接", "洽谈", "收尾",
    ]

    /// Progress words that show a deliverable only partly reached.
    package static let partialWords = [
        "部分", "基本完成", "尚未", "未完成", "未达", "培育名单", "具备通车条件",
    ]

    /// Task words of a continuing policy with no end point.
    package static let ongoingWords = [
        "持续", "深化", "坚持", "不断", "常态化", "加强", "完善", "优化", "健全", "深入", "积极", "大力", "巩固",
        "加大", "协调", "迭代", "推动", "做好", "做强", "发展", "提高", "放大", "拓宽", "全力", "着力", "扩大",
        "稳步", "加快", "推进",
    ]

    /// How far after a deliverable verb a level word still qualifies it (创成省级…, 成为国家标准).
    package static let levelReach = 4

    /// Administrative levels from highest; a task asking one is only partly met by a lower one.
    package static let levels: [(asked: String, shownBy: [String])] = [
        ("国家", ["国家", "全国"]), ("全国", ["国家", "全国"]), ("省级", ["省级", "全省", "浙江省", "省"]),
    ]

    /// Task verbs asking to be granted a title (创成省级…); progress showing only `submissionWord` is partial.
    package static let grantVerbs = ["创成", "争创"]
    /// The generic completion word: it shows delivery only in a clause without preparatory words.
    package static let genericCompletion = "完成"
    /// The word of a submission not yet granted.
    package static let submissionWord = "申报"
    /// Mark a rate (覆盖率, 报销比例), which is not a completion share, unless it is a completion rate (完成率).
    package static let rateMarkers = ["率", "比例", "比重", "占比"], completionRateMarker = "完成率"
    /// Words of a figure's clause that make it a total (累计解决2585个, 合计90亩): never summed with its parts.
    package static let totalWords = ["累计", "合计", "共计", "总计", "总共"]
    /// Words that, in a share's subject, make it a share of the plan (为计划的101%, 完成年度计划的130%).
    package static let planShareWords = ["计划", "年度任务", "目标任务", "全年任务", "完成率"]
    /// Words naming a project, whose deliverable is its completion (…提升工程, …建设项目).
    package static let projectWords = ["工程", "项目"]
    /// Words of money: a share of money spent (资金下达…完成年度计划的104%) is not the task's share.
    package static let moneyWords = ["资金", "投资", "支出", "经费"]
    /// Words with which an item states its own result (为计划的101%, 完成率200%).
    package static let accountWords = ["为计划的", "完成率", "占计划", "完成年度计划的"]

    /// Shortest progress text (characters) that can count as reported activity.
    package static let minimumActivityLength = 8

    /// Words that, in the clause of an achieved figure, show the figure counts steps, not results
    /// (12个小区已全部开工, 2个湿地申报, 2家完成选址).
    package static let stepWords = ["开工", "申报", "正在", "招标", "选址", "计划", "方案", "设计"]
}
