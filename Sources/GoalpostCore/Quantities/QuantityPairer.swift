import Foundation

/// Pairs each achieved figure with the target it answers: same unit family first, then subject
/// similarity, then order as the tie-break.
package enum QuantityPairer {
    /// Least subject similarity for a pair when the target has rivals of the same family.
    package static let minimumSimilarity = 0.12

    /// The actuals with `target` set to the index of the target each answers, or nil.
    package static func pair(targets: [Quantity], actuals: [LocatedQuantity]) -> [LocatedQuantity] {
        var result = actuals
        for (a, located) in actuals.enumerated() {
            let actual = located.quantity
            var best: (index: Int, score: Double)?
            let rivals = targets.indices.filter { compatible(targets[$0], actual) }
            for t in rivals {
                let similarity = TextSimilarity.dice(targets[t].subject, actual.subject)
                guard rivals.count == 1 || similarity >= minimumSimilarity else { continue }
                let score = similarity + (targets[t].unit == actual.unit ? 0.2 : 0) + orderBonus(t, a, targets.count, actuals.count)
                if best == nil || score > best!.score { best = (t, score) }
            }
            result[a].quantity.target = best?.index
        }
        return result
    }

    /// True when the two figures measure in the same family (counters are one family; % and 百分点 are not).
    package static func compatible(_ target: Quantity, _ actual: Quantity) -> Bool {
        if target.unit == actual.unit { return true }
        let f = UnitLexicon.family(of: target.unit)
        return !f.isEmpty && f == UnitLexicon.family(of: actual.unit)
    }

    // Figures tend to be reported in the order they were promised.
    private static func orderBonus(_ t: Int, _ a: Int, _ targetCount: Int, _ actualCount: Int) -> Double {
        guard targetCount > 1, actualCount > 1 else { return 0 }
        let tp = Double(t) / Double(targetCount - 1)
        let ap = Double(a) / Double(actualCount - 1)
        return 0.05 * (1 - abs(tp - ap))
    }
}
