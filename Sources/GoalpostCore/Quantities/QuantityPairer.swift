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
                // A figure in another unit of the family (47个 for 47台) answers only when its subject agrees.
                let sameUnit = targets[t].unit == actual.unit
                guard similarity >= minimumSimilarity
                    || (sameUnit && (actual.subject.count < 2 || (rivals.count == 1 && plausible(targets[t], actual))))
                else { continue }
                let score = similarity + (targets[t].unit == actual.unit ? 0.2 : 0) + orderBonus(t, a, targets.count, actuals.count)
                if score > best?.score ?? -.infinity { best = (t, score) }
            }
            result[a].quantity.target = best?.index
        }
        return result
    }

    /// Largest ratio between a figure and a dissimilar sole target that still pairs them.
    package static let plausibleRatio: Decimal = 5

    /// True when the figure is within `plausibleRatio` of the target either way.
    package static func plausible(_ target: Quantity, _ actual: Quantity) -> Bool {
        guard target.value != 0, actual.value != 0 else { return true }
        let r = abs(actual.value / target.value)
        return r <= plausibleRatio && r * plausibleRatio >= 1
    }

    /// True when the two figures measure the same family (个/家/项 alike; % and 百分点 not) and kind.
    package static func compatible(_ target: Quantity, _ actual: Quantity) -> Bool {
        guard (target.kind == .growth) == (actual.kind == .growth) else { return false }
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
