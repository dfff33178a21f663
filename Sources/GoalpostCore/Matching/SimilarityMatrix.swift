import Foundation

/// Text similarities of every earlier task with every later task, computed once per comparison.
///
/// N-grams are weighted by rarity across both reports (inverse document frequency,
/// `log(1 + tasks / tasksWithGram)`), so that the words that name a thing (锦城六中, 玲珑山) count
/// more than those every task shares (建成投用, 项目). Similarity is the mean of the weighted Dice
/// and the weighted overlap coefficient (see `WeightedProfile.similarity(to:)`).
package struct SimilarityMatrix: Sendable {
    private let columns: Int
    private let values: [Double]

    /// Normalises both task lists and scores every pair.
    package init(before: [DiffTask], after: [DiffTask]) {
        let left = before.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        let right = after.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        let weights = Self.inverseFrequencies(left + right)
        let weightedLeft = left.map { WeightedProfile($0, weights: weights) }
        let weightedRight = right.map { WeightedProfile($0, weights: weights) }
        // An inverted index: each n-gram's later tasks. Rare n-grams have short lists, so summing the
        // shared weight per pair through it is far cheaper than merging every pair's key lists.
        var postings: [UInt64: [Int]] = [:]
        for (column, profile) in weightedRight.enumerated() {
            for key in profile.keys { postings[key, default: []].append(column) }
        }
        var values = [Double](repeating: 0, count: left.count * right.count)
        var shared = [Double](repeating: 0, count: right.count)
        for (row, profile) in weightedLeft.enumerated() {
            for index in shared.indices { shared[index] = 0 }
            for (key, weight) in zip(profile.keys, profile.weights) {
                for column in postings[key] ?? [] { shared[column] += weight }
            }
            for (column, other) in weightedRight.enumerated() {
                values[row * right.count + column] = WeightedProfile.similarity(
                    shared: shared[column], total: profile.total, otherTotal: other.total
                )
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
}
