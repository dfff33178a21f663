import Foundation

/// Judges one task: extracts targets and actuals, pairs them, and decides the outcome status
/// (exceeded / met / partial / in_progress / ongoing / unclear) with a one-line evidence in Chinese.
///
/// Figures decide first: every compared target reached gives met, and exceeded when at least one is
/// clearly surpassed (`TargetComparison.clearMargin`, 5%); a target not reached gives partial at year
/// end and in_progress before it. Without comparable figures the verbs decide (`QualitativeJudge`).
/// The office's own words (``OfficeWords``) then overrule both. Before month 12 a growth target
/// reached is not yet delivered (the year is not over), and reported activity is in progress.
package enum TaskAssessor {
    /// Assesses a task from its task and progress texts alone, as of `asOfMonth` (12 for a year-end table).
    package static func assess(task: String, progress: String, asOfMonth: Int) -> TaskAssessment {
        assess(TaskTexts(task: task, progress: progress), asOfMonth: asOfMonth)
    }

    /// Assesses a task row as of `asOfMonth` (12 for a year-end table).
    package static func assess(_ row: TaskTexts, asOfMonth: Int) -> TaskAssessment {
        var texts = row.simplified
        // An item that states its result (新增7069张养老床位，为计划的101%) is its own account, of no stated target.
        let ownAccount = texts.progress.trimmingWhitespace().isEmpty
            && StatusVocabulary.accountWords.contains(where: { texts.task.contains($0) })
        if ownAccount { texts.progress = texts.task }
        let extractor = QuantityExtractor()
        let targets = ownAccount ? [] : targets(of: texts, extractor: extractor)
        var reportedFigures = extractor.locate(in: texts.progress)
        let located = withoutShortfalls(withoutStepCounts(reportedFigures, in: texts.progress), in: texts.progress)
        var actuals = QuantityPairer.pair(targets: targets, actuals: located)
        if let bare = BareFigures.actual(texts, targets: targets, extracted: reportedFigures) {
            reportedFigures = [bare]
            actuals = [bare]
        }
        let rateColumn = BareFigures.completionShare(texts.completionRate).map { [$0] } ?? []
        let comparisons = compare(targets: targets, actuals: actuals, totals: totalStarts(located, in: texts.progress))
        let office = OfficeWords(verdict: texts.verdict, progress: texts.progress, hasPlan: texts.plan != nil, task: texts.promise)
        var judgement = comparisons.isEmpty
            ? withoutComparisons(
                task: texts.promise, progress: texts.progress, targets: targets,
                actuals: actuals.map(\.quantity) + rateColumn, asOfMonth: asOfMonth)
            : fromComparisons(comparisons, targets: targets, asOfMonth: asOfMonth)
        if judgement.status.isDelivered, !comparisons.isEmpty,
           QualitativeJudge.onlySubmitted(task: texts.promise, progress: texts.progress) {
            // Figures reached but the words say only part (2个 wetlands 申报, not 创成).
            judgement = Judgement(.partial, judgement.evidence).adding(QualitativeJudge.submittedOnly)
        }
        if judgement.status.isDelivered, comparisons.isEmpty,
           let missing = DeliverableItems.undelivered(task: texts.promise, progress: texts.progress), !missing.isEmpty {
            // Several named deliverables: met only when each is.
            judgement = Judgement(asOfMonth < 12 ? .inProgress : .partial, missing.joined(separator: "、") + "未见交付")
        }
        judgement = OfficeRules.heed(office, judgement, comparisons: comparisons, asOfMonth: asOfMonth)
        let saysNotDone = office.outcome.map { $0.value == .notDelivered || $0.value == .awaiting } ?? false
        if !ownAccount, Restatement.isRestatement(task: texts.promise, progress: texts.progress), !saysNotDone {
            // Delivery on the office's own word: the evidence says so.
            let status = judgement.status == .unclear || judgement.status == .inProgress ? .met : judgement.status
            judgement = Judgement(status, "复述任务（restated）：" + judgement.evidence)
        }
        judgement = OfficeRules.midYear(
            judgement, office: office, comparisons: comparisons, progress: texts.progress, asOfMonth: asOfMonth)
        let schedule = ScheduleJudge.judge(
            office: office, comparisons: comparisons, actuals: actuals.map(\.quantity) + rateColumn, status: judgement.status,
            asOfMonth: asOfMonth)
        if let said = schedule?.evidence { judgement = judgement.adding(said) }
        // Every reported figure is kept; those counting steps stay unpaired.
        let paired = Dictionary(actuals.map { ($0.start, $0.quantity) }, uniquingKeysWith: { first, _ in first })
        let reported = reportedFigures.map { paired[$0.start] ?? $0.quantity }
        let oneLine = judgement.evidence.split(whereSeparator: \.isNewline).joined(separator: " ")
        return TaskAssessment(
            targets: targets, actuals: reported, status: judgement.status, statusEvidence: oneLine,
            schedule: schedule?.schedule)
    }

    /// The targets of the year's target column when it states figures (a bare number counts), else
    /// of the task text.
    private static func targets(of texts: TaskTexts, extractor: QuantityExtractor) -> [Quantity] {
        let column = texts.targetText.map { extractor.locate(in: $0).map(\.quantity) } ?? []
        if !column.isEmpty { return column }
        if let bare = BareFigures.target(texts) { return [bare] }
        return extractor.locate(in: texts.task).map(\.quantity)
    }

    /// The figures whose clause does not show that they count steps (开工, 申报, 正在 …) rather than
    /// results; a share of the plan (为计划的101%) is a result, though its clause says 计划.
    package static func withoutStepCounts(_ figures: [LocatedQuantity], in text: String) -> [LocatedQuantity] {
        let steps = Set(Self.figures(figures, inClausesWith: StatusVocabulary.stepWords, of: text).map(\.start))
        return figures.filter { !steps.contains($0.start) || isPlanShare($0.quantity) }
    }

    /// The figures whose clause does not say that they fell short (另40张…延期至2027年, 另1条…未获通过):
    /// what was deferred or refused was not delivered.
    static func withoutShortfalls(_ figures: [LocatedQuantity], in text: String) -> [LocatedQuantity] {
        let short = Set(Self.figures(figures, inClausesWith: OfficeWords.shortfallWords, of: text).map(\.start))
        return figures.filter { !short.contains($0.start) }
    }

    /// Where the figures whose clause makes them a total (累计解决2585个, 合计90亩) start.
    static func totalStarts(_ figures: [LocatedQuantity], in text: String) -> Set<Int> {
        Set(Self.figures(figures, inClausesWith: StatusVocabulary.totalWords, of: text).map(\.start))
    }

    /// The figures whose clause of `text` holds one of `words`. Each clause is read once, so the
    /// cost is linear in the text.
    static func figures(_ figures: [LocatedQuantity], inClausesWith words: [String], of text: String) -> [LocatedQuantity] {
        guard !figures.isEmpty else { return [] }
        let clauses = ClauseMap(text)
        var holds: [Int: Bool] = [:]
        return figures.filter { figure in
            let key = clauses.clauseStart(at: figure.start)
            if let known = holds[key] { return known }
            let clause = clauses.text(at: figure.start)
            let found = words.contains { TextSearch.contains(clause, $0) }
            holds[key] = found
            return found
        }
    }

    /// One comparison per target that has an answering figure: its best figure; when that falls
    /// short, a total (累计…, 合计…: the whole, never added to its parts, 一期60亩、二期30亩，合计90亩),
    /// unless it is more than twice the target and not the sum of the year's figures (新建5个，累计建成56个
    /// against 10个 counts a running stock, not this promise); else the sibling figures summed (not
    /// when a 其中 part answers, and never percentages: shares do not add up).
    package static func compare(targets: [Quantity], actuals: [LocatedQuantity], totals: Set<Int> = []) -> [TargetComparison] {
        targets.indices.compactMap { t in
            let target = targets[t]
            let answers = actuals.filter { $0.quantity.target == t }
            guard !answers.isEmpty else { return nil }
            // The target's own unit first (1家 over 3处 for 两到三家).
            let sameUnit = answers.filter { $0.quantity.unit == target.unit }
            let pool = sameUnit.isEmpty ? answers : sameUnit
            let total = pool.filter { totals.contains($0.start) }.max { $0.quantity.value < $1.quantity.value }
            let flows = pool.filter { !totals.contains($0.start) }
            guard let best = bestAnswer(target, among: flows) else {
                return total.map { TargetComparison(target: target, achieved: $0.quantity.value, parts: [$0.quantity]) }
            }
            let single = TargetComparison(target: target, achieved: best.quantity.value, parts: [best.quantity])
            guard single.outcome == .short, !best.isPart else { return single }
            let siblings = flows.filter { !$0.isPart }.map(\.quantity).filter { $0.unit == target.unit }
            let sum = siblings.reduce(Decimal(0)) { $0 + $1.value }
            if let total {
                guard total.quantity.value == sum || total.quantity.value <= 2 * target.value else { return single }
                return TargetComparison(target: target, achieved: total.quantity.value, parts: [total.quantity])
            }
            guard siblings.count > 1, target.unit != "%" else { return single }
            let summed = TargetComparison(target: target, achieved: sum, parts: siblings)
            return summed.outcome == .short ? single : summed
        }
    }

    // Wholes over 其中 parts, unless the target names a part's subject more closely than any whole's
    // (新增技能人才6800人，其中高技能人才2500人 answers 新增高技能人才2500人); then same unit, then subject.
    private static func bestAnswer(_ target: Quantity, among pool: [LocatedQuantity]) -> LocatedQuantity? {
        let named = { (figure: LocatedQuantity) in
            figure.quantity.subject.count >= 2 && target.subject.contains(figure.quantity.subject) ? figure.quantity.subject.count : 0
        }
        let wholes = pool.filter { !$0.isPart }
        let closestWhole = wholes.map(named).max() ?? 0
        if let part = pool.filter(\.isPart).max(by: { named($0) < named($1) }), named(part) > closestWhole {
            return part
        }
        let candidates = wholes.isEmpty ? pool : wholes
        return candidates.max { rank(target, $0.quantity) < rank(target, $1.quantity) }
    }

    // Same unit first, then subject similarity.
    private static func rank(_ target: Quantity, _ actual: Quantity) -> Double {
        (target.unit == actual.unit ? 1 : 0) + TextSimilarity.dice(target.subject, actual.subject)
    }

    private static func fromComparisons(_ comparisons: [TargetComparison], targets: [Quantity], asOfMonth: Int) -> Judgement {
        var judgement = Judgement(.met, comparisons.map(\.evidence).joined(separator: "；"))
        let unanswered = targets.filter { t in !comparisons.contains { $0.target == t } }
        if !unanswered.isEmpty {
            judgement = judgement.adding(unanswered.map(\.text).joined(separator: "、") + "未见对应数字")
        }
        if comparisons.contains(where: { $0.outcome == .short }) {
            judgement.status = asOfMonth < 12 ? .inProgress : .partial
        } else if comparisons.contains(where: { $0.outcome == .surpassed }) {
            judgement.status = .exceeded
        }
        return judgement
    }

    private static func withoutComparisons(
        task: String, progress: String, targets: [Quantity], actuals: [Quantity], asOfMonth: Int
    ) -> Judgement {
        if !targets.isEmpty, targets.allSatisfy({ $0.kind == .growth }) {
            return Judgement(.unclear, "增速目标" + targets.map(\.text).joined(separator: "、") + "未见对应数字")
        }
        let ofPlan = planShares(actuals, task: task)
        if !ofPlan.isEmpty, let least = ofPlan.min(by: { $0.value < $1.value }), least.value >= 100 {
            let status: OutcomeStatus = ofPlan.contains { $0.value >= 100 * (1 + TargetComparison.clearMargin) } ? .exceeded : .met
            return Judgement(status, "完成" + ofPlan.map(\.text).joined(separator: "、") + "（占计划）")
        }
        if let share = completionShares(actuals).min(by: { $0.value < $1.value }) {
            let endPoint = !targets.isEmpty || StatusVocabulary.deliverables.contains { TextSearch.contains(task, $0.task) }
            let status: OutcomeStatus = endPoint && asOfMonth >= 12 ? .partial : .inProgress
            return Judgement(status, "\(share.subject)完成\(share.text)（未达100%）")
        }
        return QualitativeJudge.judge(task: task, progress: progress)
    }

    /// Shares of the plan (为计划的101%, 完成年度计划的130%, 完成率215%), other than of money spent
    /// when the task is not about money.
    package static func planShares(_ actuals: [Quantity], task: String) -> [Quantity] {
        let aboutMoney = StatusVocabulary.moneyWords.contains { TextSearch.contains(task, $0) }
        return actuals.filter { q in
            isPlanShare(q) && (aboutMoney || !StatusVocabulary.moneyWords.contains { TextSearch.contains(q.subject, $0) })
        }
    }

    /// True for a percentage of the plan (为计划的101%, 完成率80%).
    static func isPlanShare(_ q: Quantity) -> Bool {
        q.unit == "%" && q.kind == .level && StatusVocabulary.planShareWords.contains { TextSearch.contains(q.subject, $0) }
    }

    /// Progress shares below 100% (完成主体施工50%), excluding rates (率) such as 覆盖率.
    package static func completionShares(_ actuals: [Quantity]) -> [Quantity] {
        actuals.filter { q in
            let rate = StatusVocabulary.rateMarkers.contains { TextSearch.contains(q.subject, $0) }
                && !TextSearch.contains(q.subject, StatusVocabulary.completionRateMarker)
            return q.unit == "%" && q.kind == .level && q.value < 100 && !rate
        }
    }
}
