/// How the office's own words and the report's month overrule what figures and verbs concluded.
package enum OfficeRules {
    /// The judgement with the office's outcome words applied: 超额完成 is exceeded; 已完工 or
    /// 完成年度任务 is met (exceeded when the figures say so); 未完成, 延期, 滞后 or 待验收 is not
    /// delivered: partial at year end, in progress before it (a continuing task stays ongoing).
    static func heed(_ office: OfficeWords, _ judgement: Judgement, comparisons: [TargetComparison], asOfMonth: Int) -> Judgement {
        guard let said = office.outcome else { return judgement }
        let words = "报告写“\(said.quote)”"
        let figures = comparisons.isEmpty ? "" : "；" + judgement.evidence
        switch said.value {
        case .exceeded:
            return Judgement(.exceeded, words + figures)
        case .delivered:
            return Judgement(judgement.status == .exceeded ? .exceeded : .met, words + figures)
        case .notDelivered, .awaiting:
            // A continuing task stays ongoing; figures that reach their target stand unless the
            // verdict column says otherwise (收尾 of one batch does not undo 40% of 30%).
            let reached = !comparisons.isEmpty && judgement.status.isDelivered && !said.isVerdict
            guard judgement.status != .ongoing, !reached else { return judgement.adding(words) }
            return Judgement(asOfMonth < 12 ? .inProgress : .partial, words + figures)
        }
    }

    /// Before month 12: a growth target reached is only on its way (the year is not over), and
    /// a task with reported activity that nothing decided is in progress.
    static func midYear(
        _ judgement: Judgement, office: OfficeWords, comparisons: [TargetComparison], progress: String, asOfMonth: Int
    ) -> Judgement {
        guard asOfMonth < 12 else { return judgement }
        let saidDelivered = office.outcome.map { $0.value == .delivered || $0.value == .exceeded } ?? false
        if judgement.status.isDelivered, !saidDelivered, !comparisons.isEmpty, comparisons.allSatisfy({ $0.target.kind == .growth }) {
            return Judgement(.inProgress, judgement.evidence).adding("增速目标，\(asOfMonth)月尚非全年结果")
        }
        if judgement.status == .unclear, progress.trimmingWhitespace().count >= StatusVocabulary.minimumActivityLength {
            return Judgement(.inProgress, judgement.evidence).adding("\(asOfMonth)月报告有工作进展，全年未结束")
        }
        return judgement
    }
}
