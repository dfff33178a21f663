/// What the office itself says of a task, read from its verdict column and its progress text:
/// an outcome (已完成, 提前完成年度任务, 超额完成, 未完成, 待验收) and a pace (序时推进, 滞后序时).
///
/// The office's words decide when present, so each match must be about the task as a whole: a
/// word is void after a negation (尚未建成), after a future or intention (预计年底建成, 确保完成), after
/// a part of the work in its clause (主体已完工, 一期已建成), or before 的 (完成年度目标任务的55% is a share).
package struct OfficeWords: Sendable, Equatable {
    /// What the office says of the task's outcome.
    package enum Outcome: Sendable, Equatable {
        /// 超额完成.
        case exceeded
        /// Done as a whole (已完工, 投入使用, 完成年度任务).
        case delivered
        /// Not done (未完成, 延期, 滞后 at year end).
        case notDelivered
        /// Done but awaiting acceptance or assessment (待验收, 待…审核, 正在收尾).
        case awaiting
    }

    /// A judgement and the words of the text it rests on.
    package struct Said<Value: Sendable & Equatable>: Sendable, Equatable {
        package var value: Value
        package var quote: String
        /// True when the words are the table's verdict column (or a progress cell of nothing else).
        package var isVerdict = false
    }

    package var outcome: Said<Outcome>?
    package var pace: Said<Schedule>?
    /// A bare 已完成 (or 已完成第一季度…) opening the progress of a table with a plan column: the step
    /// planned for the period is done, not the task.
    package var stepDone: String?

    /// Reads the (simplified) verdict cell first, then the progress text; `hasPlan` when the table
    /// gives the task a plan for the period.
    package init(verdict: String?, progress: String, hasPlan: Bool, task: String = "") {
        let verdict = verdict.map { YesNoVerdict.statement(String($0.filter { !$0.isWhitespace })) } ?? ""
        let progress = Self.withoutYearDigits(progress)
        let parts = Self.parts(notNamedIn: task)
        if let step = Self.openingStep(progress), hasPlan || step != Self.bareDone {
            stepDone = step
        }
        let bareDoneCounts = stepDone == nil
        // A progress cell of a few characters (已完工) is a verdict as much as a verdict column.
        let progressIsVerdict = Self.isVerdictCell(progress)
        let texts = [(verdict, true), (progress, progressIsVerdict)].filter { !$0.0.isEmpty }
        pace = texts.lazy.compactMap { text, isVerdict in Self.pace(in: text, parts: parts).map { Said(value: $0.value, quote: $0.quote, isVerdict: isVerdict) } }.first
        outcome = texts.lazy.compactMap { text, isVerdict in
            Self.outcome(in: text, bareDoneCounts: bareDoneCounts, deeds: isVerdict, parts: parts)
                .map { Said(value: $0.value, quote: $0.quote, isVerdict: isVerdict) }
        }.first
        if outcome == nil, let pace, pace.value == .behind {
            outcome = Said(value: .notDelivered, quote: pace.quote, isVerdict: pace.isVerdict)
        }
    }

    /// The first deed phrase (已完工, 投入使用) in `text` that nothing voids: the work done as a whole
    /// (a part word the task itself names, 一期 of 一期工程, is the whole).
    package static func deed(in text: String, task: String) -> String? {
        firstValid(deedWords, in: withoutYearDigits(text), parts: parts(notNamedIn: task), goodNews: true)
    }

    /// `text` without the digits of a year before 年 (完成2021年度目标任务 reads 完成年度目标任务).
    static func withoutYearDigits(_ text: String) -> String {
        var result = ""
        var digits = ""
        for c in text {
            if c.isASCII, c.isNumber { digits.append(c); continue }
            if !(c == "年" && digits.count == 4) { result += digits }
            digits = ""
            result.append(c)
        }
        return result + digits
    }

    /// True when `text` is a verdict rather than an account: a few characters (已完工, 已建成。).
    static func isVerdictCell(_ text: String) -> Bool {
        text.filter { $0.isLetter || $0.isNumber }.count <= verdictCellLength
    }

    /// Longest progress cell (letters and digits) read as a verdict.
    static let verdictCellLength = 6

    // MARK: Words

    /// Outcome words, most decisive first.
    static let outcomeWords: [(Outcome, [String])] = [
        (.notDelivered, ["未完成", "未实现", "未达到", "未达标", "延期", "推迟", "调整至", "暂缓", "不能完成", "无法完成",
                         "未能完成", "未开工", "停工"]),
        (.awaiting, ["正在收尾", "收尾阶段"]),
        (.exceeded, ["超额完成"]),
        (.delivered, ["提前完成年度任务", "提前完成全年任务", "完成年度目标任务", "完成年度任务", "完成全年任务",
                      "完成全年目标", "完成年度目标", "已完成该项任务", "已完成任务", "全面完成", "全部完成", "销号",
                      "如期完成", "已办结"]),
    ]

    /// Words of a clause whose work was put off or refused (另40张…延期至2027年, 另1条…未获通过): its
    /// figures were not delivered. A pace word (22%（严重滞后）) leaves its figure standing.
    static let shortfallWords = ["延期", "推迟", "调整至", "暂缓", "未获", "未能", "无法", "不能", "停工"]

    /// Phrases of a deed done as a whole (已完工, 投入使用): the office's verdict in a verdict cell;
    /// in an account, evidence of delivery only where the task's own deliverable is not shown.
    static let deedWords = ["已完工", "全面完工", "已竣工", "竣工交付", "已建成", "建成使用", "建成投用", "投入使用", "已投用",
                            "投入投用", "已通车", "通车试运营", "已开通", "通过验收"]

    /// Pace words: behind first (a table saying 总体序时推进 and naming a lagging part is behind).
    static let paceWords: [(Schedule, [String])] = [
        (.behind, ["滞后", "慢于序时", "未达序时", "落后于序时", "低于序时", "低于时间进度", "慢于时间进度", "推进缓慢",
                   "进度缓慢", "进展缓慢", "偏慢", "不能完成", "无法完成", "未开工"]),
        (.ahead, ["提前完成", "超序时", "快于序时", "超过序时", "超时序", "超进度", "快于时间进度", "超过时间进度",
                  "领先序时"]),
        (.onTrack, ["序时推进", "达序", "按序时", "符合序时", "达到序时", "按计划推进", "按照计划推进", "按预期计划",
                    "按时序推进"]),
    ]

    /// Words that void a match shortly before it (尚未建成, 无明显滞后, 未出现滞后), unless 已 stands between.
    static let negations: Set<Character> = ["未", "不", "没", "无", "否", "非"]
    /// Words that void a later match in the same clause: the deed is to come (预计年底建成, 确保完成).
    static let intentions = ["预计", "计划", "将于", "力争", "确保", "争取", "拟", "待"]
    /// Parts of the work: a deed after them in the clause is the part's, not the task's.
    static let parts = ["主体", "一期", "二期", "部分", "土建", "基础", "桩基", "地下室", "结构", "设计", "施工图", "前期",
                        "招标", "方案", "第一季度", "第二季度", "第三季度", "阶段", "本月", "节点"]
    /// The parts of the work `task` does not name itself (一期 of 一期工程 is the whole).
    static func parts(notNamedIn task: String) -> [String] { parts.filter { !task.contains($0) } }

    /// How many characters before a word can void it (an intention, a part of the work).
    static let lookBehind = 24
    /// How many characters before a word a negation voids it.
    static let negationReach = 4
    /// How far after an outcome word a 的 makes it a share (完成年度目标任务的55%).
    static let shareReach = 3
    /// Endings after 待 that mean the work awaits acceptance (待省教育厅审核, 待验收).
    static let awaitedSteps = ["验收", "评定", "审核", "认定", "批复", "评估"]
    /// How far after 待 an awaited step may follow.
    static let awaitReach = 8
    /// The plain 已完成 whose object, if any, is the period's step.
    static let bareDone = "已完成"
    /// Objects of an opening 已完成 that name the period's step rather than the task.
    static let stepObjects = ["第一季度", "第二季度", "第三季度", "第四季度", "本月", "本季度", "阶段", "月度", "计划"]

    // MARK: Reading

    private static func outcome(in text: String, bareDoneCounts: Bool, deeds: Bool, parts: [String]) -> Said<Outcome>? {
        for (outcome, words) in outcomeWords {
            let good = outcome == .delivered || outcome == .exceeded
            if let quote = firstValid(words, in: text, parts: parts, goodNews: good) { return Said(value: outcome, quote: quote) }
            if outcome == .awaiting, let quote = awaited(in: text) { return Said(value: .awaiting, quote: quote) }
        }
        if deeds, let quote = firstValid(deedWords, in: text, parts: parts, goodNews: true) { return Said(value: .delivered, quote: quote) }
        if bareDoneCounts, openingStep(text) == bareDone { return Said(value: .delivered, quote: bareDone) }
        return nil
    }

    private static func pace(in text: String, parts: [String]) -> Said<Schedule>? {
        for (schedule, words) in paceWords {
            if let quote = firstValid(words, in: text, parts: parts, goodNews: schedule != .behind) { return Said(value: schedule, quote: quote) }
        }
        return nil
    }

    /// The first of `words` found in a clause of `text` where nothing voids it; intentions and parts
    /// void only `goodNews` (主体施工滞后 is still behind, 预计不能完成 still not done).
    private static func firstValid(_ words: [String], in text: String, parts: [String], goodNews: Bool) -> String? {
        for clause in QualitativeJudge.clauses(of: text) {
            let chars = Array(clause)
            for word in words {
                let w = Array(word)
                guard w.count <= chars.count else { continue }
                for start in 0...(chars.count - w.count) where chars[start] == w[0] {
                    guard chars[start..<start + w.count].elementsEqual(w) else { continue }
                    if isValid(chars, start: start, end: start + w.count, parts: goodNews ? parts : nil) { return word }
                }
            }
        }
        return nil
    }

    /// True when nothing just before `start` (or a 的 just after `end`) voids the word there; with
    /// `parts` nil (bad news), only a negation does.
    private static func isValid(_ chars: [Character], start: Int, end: Int, parts: [String]?) -> Bool {
        // Only the words just before a match qualify it; the bound keeps a long clause linear.
        let near = chars[max(0, start - negationReach)..<start]
        let sinceDone = near.lastIndex(of: "已").map { near[($0 + 1)...] } ?? near
        if sinceDone.contains(where: negations.contains) { return false }
        // 完成年度目标任务的55%: a share, not a verdict (and the shorter 完成年度目标 inside it).
        if chars[end..<min(chars.count, end + shareReach)].contains("的") { return false }
        guard let parts else { return true }
        let before = String(chars[max(0, start - lookBehind)..<start])
        return !intentions.contains { before.contains($0) } && !parts.contains { before.contains($0) }
    }

    /// 待 followed within `awaitReach` characters by an awaited step (待省教育厅审核).
    private static func awaited(in text: String) -> String? {
        for clause in QualitativeJudge.clauses(of: text) {
            var searchFrom = clause.startIndex
            while let wait = clause[searchFrom...].firstIndex(of: "待") {
                let reach = clause[wait...].prefix(awaitReach + 1)
                if let step = awaitedSteps.first(where: { reach.contains($0) }),
                   let end = reach.range(of: step)?.upperBound {
                    return String(clause[wait..<end])
                }
                searchFrom = clause.index(after: wait)
            }
        }
        return nil
    }

    /// `bareDone` when the text opens with it alone, the step when it opens 已完成第一季度…, else nil.
    static func openingStep(_ text: String) -> String? {
        let opening = text.drop { $0.isWhitespace || "①②③④⑤⑥⑦⑧⑨⑩1234567890.、)）".contains($0) }
        guard opening.hasPrefix(bareDone) else { return nil }
        let rest = opening.dropFirst(bareDone.count)
        guard let next = rest.first else { return bareDone }
        if "。.，,；;！!".contains(next) || next.isWhitespace { return bareDone }
        return stepObjects.first { rest.hasPrefix($0) }.map { bareDone + $0 }
    }
}
