import Foundation

/// The calendar judgment (序时进度) for a report before month 12.
///
/// The office's pace words decide (序时推进, 滞后序时, 提前完成); else the figures against N/12 of the
/// year; else the period's planned step reported done (已完成 beside a 进度安排); else a task already
/// delivered is ahead. Without any of these there is no schedule.
package enum ScheduleJudge {
    /// Margin around the expected share: ahead above expected + margin, behind below expected − margin
    /// (a share of the annual target: at month 6, 40%...60% is on track).
    package static let margin: Decimal = 0.1

    /// The schedule and, when words decided it, the evidence clause quoting them.
    package static func judge(
        office: OfficeWords, comparisons: [TargetComparison], actuals: [Quantity], status: OutcomeStatus, asOfMonth: Int
    ) -> (schedule: Schedule, evidence: String?)? {
        guard asOfMonth < 12 else { return nil }
        if let pace = office.pace { return (pace.value, "进度：报告写“\(pace.quote)”") }
        if let schedule = judge(comparisons: comparisons, actuals: actuals, asOfMonth: asOfMonth) { return (schedule, nil) }
        if let step = office.stepDone { return (.onTrack, "进度：本期计划“\(step)”") }
        if status.isDelivered { return (.ahead, "进度：年内已完成") }
        return nil
    }

    /// Ahead, on track or behind, from the compared figures (or completion shares); nil without figures.
    package static func judge(comparisons: [TargetComparison], actuals: [Quantity], asOfMonth: Int) -> Schedule? {
        let expected = Decimal(asOfMonth) / 12
        var shares: [Decimal] = comparisons.map { c in
            if let r = c.ratio { return r }
            // Rates and ceilings are not cumulative: surpassed is ahead, reached on schedule, at any month.
            switch c.outcome {
            case .surpassed: return expected + margin * 2
            case .reached: return expected
            case .short: return 0
            }
        }
        if shares.isEmpty {
            shares = TaskAssessor.completionShares(actuals).map { $0.value / 100 }
        }
        guard let worst = shares.min() else { return nil }
        if worst > expected + margin { return .ahead }
        if worst >= expected - margin { return .onTrack }
        return .behind
    }
}
