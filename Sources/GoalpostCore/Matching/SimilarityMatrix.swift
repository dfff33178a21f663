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
        let (weightedLeft, weightedRight) = Self.profiles(before: before, after: after)
        // An inverted index: each n-gram's later tasks. Rare n-grams have short lists, so summing the
        // shared weight per pair through it is far cheaper than merging every pair's key lists.
        var postings: [UInt64: [Int]] = [:]
        for (column, profile) in weightedRight.enumerated() {
            for key in profile.keys { postings[key, default: []].append(column) }
        }
        var values = [Double](repeating: 0, count: weightedLeft.count * weightedRight.count)
        var shared = [Double](repeating: 0, count: weightedRight.count)
        for (row, profile) in weightedLeft.enumerated() {
            for index in shared.indices { shared[index] = 0 }
            for (key, weight) in zip(profile.keys, profile.weights) {
                for column in postings[key] ?? [] { shared[column] += weight }
            }
            for (column, other) in weightedRight.enumerated() {
                values[row * weightedRight.count + column] = WeightedProfile.similarity(
                    shared: shared[column], total: profile.total, otherTotal: other.total
                )
            }
        }
        self.columns = weightedRight.count
        self.values = values
    }

    /// The weighted profiles of both task lists, rarity counted over both.
    static func profiles(before: [DiffTask], after: [DiffTask]) -> (before: [WeightedProfile], after: [WeightedProfile]) {
        let left = before.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        let right = after.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        let weights = inverseFrequencies(left + right)
        return (left.map { WeightedProfile($0, weights: weights) }, right.map { WeightedProfile($0, weights: weights) })
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

/// The similarity of chosen pairs only, weighed exactly as `SimilarityMatrix` weighs them (rarity
/// over both whole reports): for passes that look at a few pairs, not all of them.
package struct PairSimilarity: Sendable {
    private let before: [Int64: WeightedProfile]
    private let after: [Int64: WeightedProfile]

    package init(before: [DiffTask], after: [DiffTask]) {
        let (left, right) = SimilarityMatrix.profiles(before: before, after: after)
        self.before = Dictionary(zip(before.map(\.id), left), uniquingKeysWith: { first, _ in first })
        self.after = Dictionary(zip(after.map(\.id), right), uniquingKeysWith: { first, _ in first })
    }

    /// Similarity of earlier task `earlier` with later task `later` (ids), 0 for an unknown id.
    package func callAsFunction(_ earlier: Int64, _ later: Int64) -> Double {
        guard let left = before[earlier], let right = after[later] else { return 0 }
        return left.similarity(to: right)
    }
}
