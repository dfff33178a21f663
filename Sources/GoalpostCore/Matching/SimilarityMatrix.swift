import Foundation

/// Text similarities of every earlier task with every later task, computed once per comparison.
///
/// N-grams are weighted by rarity across both reports (inverse document frequency,
/// `log(1 + tasks / tasksWithGram)`), so that the words that name a thing (锦城六中, 玲珑山) count
/// more than those every task shares (建成投用, 项目). Similarity is the mean of the weighted Dice
/// and the weighted overlap coefficient (see `NGramProfile.similarity(to:)`).
package struct SimilarityMatrix: Sendable {
    private let columns: Int
    private let values: [Double]

    /// Normalises both task lists and scores every pair.
    package init(before: [DiffTask], after: [DiffTask]) {
        let left = before.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        let right = after.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        let weights = Self.inverseFrequencies(left + right)
        let weightedLeft = left.map { Weighted($0, weights) }
        let weightedRight = right.map { Weighted($0, weights) }
        var values = [Double](repeating: 0, count: left.count * right.count)
        for (row, profile) in weightedLeft.enumerated() {
            for (column, other) in weightedRight.enumerated() {
                values[row * right.count + column] = profile.similarity(to: other)
            }
        }
        self.columns = right.count
        self.values = values
    }

    /// Similarity of earlier task `row` with later task `column` (indices into the task lists).
    package subscript(row: Int, column: Int) -> Double {
        values[row * columns + column]
    }

    private static func inverseFrequencies(_ profiles: [NGramProfile]) -> [UInt64: Double] {
        var counts: [UInt64: Int] = [:]
        for profile in profiles {
            for key in profile.keys { counts[key, default: 0] += 1 }
        }
        let total = Double(max(profiles.count, 1))
        return counts.mapValues { log(1 + total / Double($0)) }
    }

    private struct Weighted {
        var keys: [UInt64]
        var weights: [Double]
        var total: Double

        init(_ profile: NGramProfile, _ table: [UInt64: Double]) {
            keys = profile.keys
            weights = profile.keys.map { table[$0] ?? 0 }
            total = weights.reduce(0, +)
        }

        func similarity(to other: Weighted) -> Double {
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
            let dice = 2 * shared / (total + other.total)
            let overlap = shared / min(total, other.total)
            return (dice + overlap) / 2
        }
    }
}
