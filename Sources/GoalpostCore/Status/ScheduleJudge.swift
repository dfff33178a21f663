import Foundation

/// The calendar judgment (序时进度) for a report before month 12: progress against N/12 of the year.
package enum ScheduleJudge {
    /// Margin around the expected share: ahead above expected + margin, behind below expected − margin
    /// (a share of the annual target: at month 6, 40%...60% is on track).
    package static let margin: Decimal = 0.1

    /// Ahead, on track or behind, from the compared figures (or completion shares); nil without figures.
    package static func judge(comparisons: [TargetComparison], actuals: [Quantity], asOfMonth: Int) -> Schedule? {
        let expected = Decimal(asOfMonth) / 12
        var shares: [Decimal] = comparisons.map { c in
            if let r = c.ratio { return r }
            // Rates and ceilings are not cumulative: reached is on schedule at any month.
            return c.outcome == .short ? 0 : expected
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
