/// An n-gram profile with a weight per n-gram, the form similarities are computed in.
package struct WeightedProfile: Sendable {
    /// Sorted, distinct n-gram keys.
    package let keys: [UInt64]
    /// The weight of each key, aligned with `keys`.
    package let weights: [Double]
    /// Sum of `weights`.
    package let total: Double

    /// `profile` with weights from `table` (0 for a key it lacks).
    package init(_ profile: NGramProfile, weights table: [UInt64: Double]) {
        keys = profile.keys
        weights = profile.keys.map { table[$0] ?? 0 }
        total = weights.reduce(0, +)
    }

    /// `profile` with every n-gram weighing 1.
    package init(_ profile: NGramProfile) {
        keys = profile.keys
        weights = Array(repeating: 1, count: profile.keys.count)
        total = Double(profile.keys.count)
    }

    /// Similarity in 0...1: the mean of the weighted Dice coefficient and the weighted overlap coefficient.
    ///
    /// Dice alone punishes a clause added or dropped between years; overlap alone lets a short
    /// text match any long text containing it. Their mean keeps both in check.
    package func similarity(to other: WeightedProfile) -> Double {
        guard total > 0, other.total > 0 else { return 0 }
        var (left, right, shared) = (0, 0, 0.0)
        while left < keys.count, right < other.keys.count {
            if keys[left] == other.keys[right] {
                shared += weights[left]
                left += 1
                right += 1
            } else if keys[left] < other.keys[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return Self.similarity(shared: shared, total: total, otherTotal: other.total)
    }

    /// The mean of Dice and overlap for two profiles sharing `shared` weight.
    package static func similarity(shared: Double, total: Double, otherTotal: Double) -> Double {
        guard total > 0, otherTotal > 0 else { return 0 }
        let dice = 2 * shared / (total + otherTotal)
        let overlap = shared / min(total, otherTotal)
        return (dice + overlap) / 2
    }
}
