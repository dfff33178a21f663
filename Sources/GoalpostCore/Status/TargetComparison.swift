import Foundation

/// One target compared with the figure reported against it (目标 vs 完成值).
package struct TargetComparison: Sendable, Equatable {
    /// How an achieved figure stands against its target.
    package enum Outcome: String, Sendable {
        /// Reached, and beyond the target by at least `clearMargin`.
        case surpassed
        /// Reached.
        case reached
        /// Not reached.
        case short

        /// How the evidence says it.
        package var chinese: String {
            switch self {
            case .surpassed: return "超额"
            case .reached: return "达到"
            case .short: return "未达到"
            }
        }
    }

    /// "Clearly surpassed" threshold: at least 5% of the target beyond it (floors above, ceilings below).
    package static let clearMargin: Decimal = 0.05
    /// Tolerance for an "about" (左右/约) target: within 2% counts as reached.
    package static let aboutTolerance: Decimal = 0.02

    /// The target compared.
    package var target: Quantity
    /// The achieved value compared (a sum when `parts` has more than one figure).
    package var achieved: Decimal
    /// The achieved figures used (one, or the parts summed).
    package var parts: [Quantity]
    /// The outcome.
    package var outcome: Outcome

    /// Compares `achieved` with `target`, honouring its qualifier and direction.
    package init(target: Quantity, achieved: Decimal, parts: [Quantity]) {
        self.target = target
        self.achieved = achieved
        self.parts = parts
        self.outcome = Self.judge(target: target, achieved: achieved)
    }

    /// Achieved over target (for floors), nil for ceilings, rates and zero targets.
    package var ratio: Decimal? {
        guard target.higherIsBetter != false, target.kind == .level, target.unit != "%", target.value > 0 else {
            return nil
        }
        return achieved / target.value
    }

    private static func judge(target: Quantity, achieved a: Decimal) -> Outcome {
        let low = target.value
        let high = target.valueMax ?? target.value
        // An "about" target is reached a little below it and clearly surpassed only a little further.
        let slack = target.qualifier == .about ? aboutTolerance : 0
        let margin = clearMargin + slack
        if target.higherIsBetter == false {
            guard a <= high + abs(high) * slack else { return .short }
            return a <= low - abs(low) * margin ? .surpassed : .reached
        }
        guard a >= low - abs(low) * slack else { return .short }
        return a >= high + abs(high) * margin ? .surpassed : .reached
    }

    /// One line for the evidence: `2.19亿美元对目标2亿美元：超额`.
    package var evidence: String {
        let shown = parts.count > 1
            ? parts.map(\.text).joined(separator: "+") + "合计\(Self.plain(achieved))\(target.unit)"
            : parts.first?.text ?? Self.plain(achieved)
        return "\(shown)对目标\(target.text)：\(outcome.chinese)"
    }

    private static func plain(_ d: Decimal) -> String { NSDecimalNumber(decimal: d).stringValue }
}
