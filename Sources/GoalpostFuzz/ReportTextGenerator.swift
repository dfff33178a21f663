/// Writes random but plausible progress tables (pipe or tabbed layout) for history fuzzing:
/// regions and periods at random, categories present or absent, figures huge, tiny or absent,
/// tasks drawn from a shared pool so that reports of one region link across periods.
package struct ReportTextGenerator {
    static let regions = ["临安区", "余杭区", "桐庐县", "建德市", "淳安县", "区", "西湖区/上城区", ".隐藏县", String(repeating: "很长", count: 60) + "区", "e\u{301}市", "富阳区\u{0}"]
    static let categories = ["扩空间", "抓项目", "促转型", "优服务", "新城出形象", "新城建设提质", "亚运筹办工作", "民生实事", "", "扩 空 间", String(repeating: "类", count: 300)]
    static let verbs = ["完成", "新增", "建成", "培育", "实现", "腾出", "清理", "引进", "下降", "增长"]
    static let objects = ["工业用地", "小微企业", "标准地项目", "高标准农田", "单位GDP能耗", "财政收入", "公园", "学校", "用能", "外资"]
    static let units = ["亩", "家", "个", "万吨标煤", "%", "亿元", "公里", "百分点", "", "万亿"]
    static let periods: [(phrase: String, month: Int)] = [("完成情况", 12), ("半年度进展情况", 6), ("上半年进展情况", 6), ("一季度进展情况", 3), ("1-9月进展情况", 9), ("全年完成情况", 12), ("1-11月进展情况", 11)]

    private var random: FuzzRandom
    /// The scenario's task pool: (category, verb, object, unit).
    private let pool: [(String, String, String, String)]

    package init(random: FuzzRandom) {
        self.random = random
        var local = random
        pool = (0..<(8 + local.below(40))).map { _ in
            (local.pick(Self.categories.filter { !$0.isEmpty || !FuzzAvoid.active.contains(.uncategorised) }), local.pick(Self.verbs), local.pick(Self.objects), local.pick(Self.units))
        }
        self.random = local
    }

    /// A report file of `region` for `year`, its period at random.
    package mutating func file(region: String, year: Int, index: Int) -> HistoryScenario.File {
        let period = random.pick(Self.periods)
        let withCategories = !random.chance(1, in: 4) || FuzzAvoid.active.contains(.uncategorised)
        let withOwners = random.chance(1, in: 3)
        var rows: [[String]] = [["序号"] + (withCategories ? ["工作目标"] : []) + ["工作任务", "完成情况"] + (withOwners ? ["责任单位"] : [])]
        let count = random.size(upTo: 60)
        var number = 0
        for offset in 0..<count {
            if offset % 12 == 0 && random.chance(1, in: 2) {
                rows.append(["\(ChineseOrdinal.of(offset / 12 + 1))、推动\(region)高质量发展"] + Array(repeating: "", count: rows[0].count - 1))
            }
            number += 1
            let (category, verb, object, unit) = random.pick(pool)
            let task = "\(verb)\(object)\(figure())\(unit)以上。"
            let progress = random.chance(1, in: 8) ? "" : "全年\(verb)\(object)\(figure())\(unit)，\(random.pick(["已完成", "超额完成", "持续推进", "正在推进", "未完成"]))。"
            rows.append(["\(number)"] + (withCategories ? [category] : []) + [task, progress] + (withOwners ? [random.pick(["区发改局", "区经信局、区财政局", ""])] : []))
        }
        let title = "\(year)年\(random.chance(1, in: 2) ? region : "")政府工作报告重点工作\(period.phrase)表"
        let text = random.chance(1, in: 2) ? pipe(title: title, rows: rows) : tabbed(title: title, rows: rows)
        return HistoryScenario.File(
            name: "r\(index)-\(year).\(random.pick(["txt", "md", "txt"]))", text: text,
            region: random.chance(1, in: 3) ? region : nil,
            year: random.chance(1, in: 12) ? random.pick([0, -1, 1, 1899, 2101, 9999, Int.max, Int.min]) : nil,
            asOfMonth: random.chance(1, in: 8) ? 1 + random.below(12) : nil)
    }

    /// A figure in a task: usually ordinary, sometimes huge, tiny, negative or absent.
    private mutating func figure() -> String {
        let choice = random.below(10)
        if FuzzAvoid.active.contains(.hugeFigures) && (choice == 1 || choice == 2) { return "\(random.size(upTo: 100_000))" }
        switch choice {
        case 0: return ""
        case 1: return random.pick(FuzzVocabulary.figures)
        case 2: return "0.\(String(repeating: "0", count: random.size(upTo: 40)))1"
        default: return "\(random.size(upTo: 100_000))"
        }
    }

    private func pipe(title: String, rows: [[String]]) -> String {
        "附件\n\(title)\n\n" + rows.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
    }

    private func tabbed(title: String, rows: [[String]]) -> String {
        "附件\n\n\(title)\n\n" + rows.map { $0.map { "\t" + $0 }.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }
}

/// Chinese ordinals for section rows (一、二、…).
enum ChineseOrdinal {
    static func of(_ value: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if value < 10 { return digits[max(0, value)] }
        return (value / 10 == 1 ? "" : digits[min(9, value / 10)]) + "十" + digits[value % 10]
    }
}
