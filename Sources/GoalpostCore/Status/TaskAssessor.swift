import Foundation

/// Judges one task: extracts targets and actuals, pairs them, and decides the outcome status
/// (exceeded / met / partial / in_progress / ongoing / unclear) with a one-line evidence.
///
/// Figures decide first: every compared target reached gives met, and exceeded when at least one is
/// clearly surpassed (`TargetComparison.clearMargin`, 5%); a target not reached gives partial at year
/// end and in_progress before it. Without comparable figures the verbs decide (`QualitativeJudge`).
package enum TaskAssessor {
    /// Assesses a task as of `asOfMonth` (12 for a year-end table).
    package static func assess(task: String, progress: String, asOfMonth: Int) -> TaskAssessment {
        let extractor = QuantityExtractor()
        let targets = extractor.locate(in: task).map(\.quantity)
        let reportedFigures = extractor.locate(in: progress)
        let located = withoutStepCounts(reportedFigures, in: progress)
        let actuals = QuantityPairer.pair(targets: targets, actuals: located)
        let restated = Restatement.isRestatement(task: task, progress: progress)
        let comparisons = compare(targets: targets, actuals: actuals)
        var (status, evidence) = comparisons.isEmpty
            ? withoutComparisons(
                task: task, progress: progress, targets: targets, actuals: actuals.map(\.quantity), asOfMonth: asOfMonth)
            : fromComparisons(comparisons, targets: targets, asOfMonth: asOfMonth)
        if status.isDelivered, !comparisons.isEmpty {
            // Figures reached but the words say only part (2个 wetlands 申报, not 创成).
            if QualitativeJudge.onlySubmitted(task: task, progress: progress) {
                (status, evidence) = (.partial, evidence + "; but " + QualitativeJudge.submittedOnly)
            }
        }
        if restated {
            evidence = "restated: progress repeats the task; " + evidence
            // Delivery on the office's own word: the evidence says so.
            if status == .unclear || status == .inProgress { status = .met }
        }
        let schedule = asOfMonth < 12
            ? ScheduleJudge.judge(comparisons: comparisons, actuals: actuals.map(\.quantity), asOfMonth: asOfMonth)
            : nil
        // Every reported figure is kept; those counting steps stay unpaired.
        let paired = Dictionary(actuals.map { ($0.start, $0.quantity) }, uniquingKeysWith: { first, _ in first })
        let reported = reportedFigures.map { paired[$0.start] ?? $0.quantity }
        let oneLine = evidence.split(whereSeparator: \.isNewline).joined(separator: " ")
        return TaskAssessment(
            targets: targets, actuals: reported, status: status, statusEvidence: oneLine, schedule: schedule)
    }

    /// The figures whose clause does not show that they count steps (开工, 申报, 正在 …) rather than
    /// results. Each clause is read once, so the cost is linear in the text.
    package static func withoutStepCounts(_ figures: [LocatedQuantity], in text: String) -> [LocatedQuantity] {
        guard !figures.isEmpty else { return [] }
        let clauses = ClauseMap(text)
        var countsSteps: [Int: Bool] = [:]
        return figures.filter { figure in
            let key = clauses.clauseStart(at: figure.start)
            if let known = countsSteps[key] { return !known }
            let clause = clauses.text(at: figure.start)
            let steps = StatusVocabulary.stepWords.contains { TextSearch.contains(clause, $0) }
            countsSteps[key] = steps
            return !steps
        }
    }

    /// One comparison per target that has an answering figure (its best whole figure, else its parts summed).
    package static func compare(targets: [Quantity], actuals: [LocatedQuantity]) -> [TargetComparison] {
        targets.indices.compactMap { t in
            let answers = actuals.filter { $0.quantity.target == t }
            guard !answers.isEmpty else { return nil }
            // The target's own unit first (1家 over 3处 for 两到三家), then wholes over 其中 parts.
            let sameUnit = answers.filter { $0.quantity.unit == targets[t].unit }
            let pool = sameUnit.isEmpty ? answers : sameUnit
            let wholes = pool.filter { !$0.isPart }
            let ranked = (wholes.isEmpty ? pool : wholes).sorted {
                rank(targets[t], $0.quantity) > rank(targets[t], $1.quantity)
            }
            let best = TargetComparison(target: targets[t], achieved: ranked[0].quantity.value, parts: [ranked[0].quantity])
            let siblings = wholes.map(\.quantity).filter { $0.unit == targets[t].unit }
            guard best.outcome == .short, siblings.count > 1 else { return best }
            let sum = siblings.reduce(Decimal(0)) { $0 + $1.value }
            let summed = TargetComparison(target: targets[t], achieved: sum, parts: siblings)
            return summed.outcome == .short ? best : summed
        }
    }

    // Same unit first, then subject similarity.
    private static func rank(_ target: Quantity, _ actual: Quantity) -> Double {
        (target.unit == actual.unit ? 1 : 0) + TextSimilarity.dice(target.subject, actual.subject)
    }

    private static func fromComparisons(
        _ comparisons: [TargetComparison], targets: [Quantity], asOfMonth: Int
    ) -> (OutcomeStatus, String) {
        var evidence = comparisons.map(\.evidence).joined(separator: "; ")
        let unanswered = targets.filter { t in !comparisons.contains { $0.target == t } }
        if !unanswered.isEmpty {
            evidence += "; no figure for " + unanswered.map(\.text).joined(separator: ", ")
        }
        if comparisons.contains(where: { $0.outcome == .short }) {
            return (asOfMonth < 12 ? .inProgress : .partial, evidence)
        }
        return (comparisons.contains { $0.outcome == .surpassed } ? .exceeded : .met, evidence)
    }

    private static func withoutComparisons(
        task: String, progress: String, targets: [Quantity], actuals: [Quantity], asOfMonth: Int
    ) -> (OutcomeStatus, String) {
        if !targets.isEmpty, targets.allSatisfy({ $0.kind == .growth }) {
            return (.unclear, "no reported figure for the rate target " + targets.map(\.text).joined(separator: ", "))
        }
        if let share = completionShares(actuals).min(by: { $0.value < $1.value }) {
            let endPoint = !targets.isEmpty || StatusVocabulary.deliverables.contains { TextSearch.contains(task, $0.task) }
            let status: OutcomeStatus = endPoint && asOfMonth >= 12 ? .partial : .inProgress
            return (status, "completion \(share.text) of \(share.subject) (below 100%)")
        }
        return QualitativeJudge.judge(task: task, progress: progress)
    }

    /// Progress shares below 100% (完成主体施工50%), excluding rates (率) such as 覆盖率.
    package static func completionShares(_ actuals: [Quantity]) -> [Quantity] {
        actuals.filter { q in
            let rate = TextSearch.contains(q.subject, StatusVocabulary.rateMarker)
                && !TextSearch.contains(q.subject, StatusVocabulary.completionRateMarker)
            return q.unit == "%" && q.kind == .level && q.value < 100 && !rate
        }
    }
}
