import Foundation

/// Text similarities of earlier tasks with later tasks, computed once per comparison.
///
/// N-grams are weighted by rarity across both reports (inverse document frequency,
/// `log(1 + tasks / tasksWithGram)`), so that the words that name a thing (锦城六中, 玲珑山) count
/// more than those every task shares (建成投用, 项目). Similarity is the mean of the weighted Dice
/// and the weighted overlap coefficient (see `WeightedProfile.similarity(to:)`).
///
/// Up to `AssignmentSolver.denseLimit` pairs every pair is scored. Beyond, only the pairs that
/// share an n-gram few later tasks hold (at most `commonLimit`) are scored, each exactly; the others
/// read 0 (what they share weighs little), so memory and time follow the pairs that matter, not
/// the product of the two tables.
package struct SimilarityMatrix: Sendable {
    private struct Cell: Sendable {
        var column: Int
        var value: Double
    }

    private let columns: Int
    private let values: [Double]
    private let sparseRows: [[Cell]]

    /// True when only candidate pairs were scored.
    package let isSparse: Bool

    /// Most later tasks an n-gram may be held by to make a candidate pair in a sparse comparison.
    package static func commonLimit(columns: Int) -> Int { max(50, columns / 100) }

    /// Normalises both task lists and scores the pairs.
    package init(before: [DiffTask], after: [DiffTask]) {
        let (weightedLeft, weightedRight) = Self.profiles(before: before, after: after)
        // An inverted index: each n-gram's later tasks. Rare n-grams have short lists, so summing the
        // shared weight per pair through it is far cheaper than merging every pair's key lists.
        var postings: [UInt64: [Int]] = [:]
        for (column, profile) in weightedRight.enumerated() {
            for key in profile.keys { postings[key, default: []].append(column) }
        }
        columns = weightedRight.count
        isSparse = weightedLeft.count * weightedRight.count > AssignmentSolver.denseLimit
        if !isSparse {
            values = Self.dense(weightedLeft, weightedRight, postings: postings)
            sparseRows = []
        } else {
            values = []
            sparseRows = Self.sparse(weightedLeft, weightedRight, postings: postings)
        }
    }

    private static func dense(_ left: [WeightedProfile], _ right: [WeightedProfile], postings: [UInt64: [Int]]) -> [Double] {
        var values = [Double](repeating: 0, count: left.count * right.count)
        var shared = [Double](repeating: 0, count: right.count)
        for (row, profile) in left.enumerated() {
            for index in shared.indices { shared[index] = 0 }
            for (key, weight) in zip(profile.keys, profile.weights) {
                for column in postings[key] ?? [] { shared[column] += weight }
            }
            for (column, other) in right.enumerated() {
                values[row * right.count + column] = WeightedProfile.similarity(
                    shared: shared[column], total: profile.total, otherTotal: other.total
                )
            }
        }
        return values
    }

    private static func sparse(_ left: [WeightedProfile], _ right: [WeightedProfile], postings: [UInt64: [Int]]) -> [[Cell]] {
        let limit = commonLimit(columns: right.count)
        var seen = [Bool](repeating: false, count: right.count)
        return left.map { profile in
            var touched: [Int] = []
            for key in profile.keys {
                guard let holders = postings[key], holders.count <= limit else { continue }
                for column in holders where !seen[column] {
                    seen[column] = true
                    touched.append(column)
                }
            }
            touched.sort()
            var cells: [Cell] = []
            for column in touched {
                seen[column] = false
                let value = profile.similarity(to: right[column])
                if value > 0 { cells.append(Cell(column: column, value: value)) }
            }
            return cells
        }
    }

    /// The weighted profiles of both task lists, rarity counted over both.
    static func profiles(before: [DiffTask], after: [DiffTask]) -> (before: [WeightedProfile], after: [WeightedProfile]) {
        let left = before.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        let right = after.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        let weights = inverseFrequencies(left + right)
        return (left.map { WeightedProfile($0, weights: weights) }, right.map { WeightedProfile($0, weights: weights) })
    }

    /// Similarity of earlier task `row` with later task `column` (indices into the task lists); 0 for
    /// a pair a sparse comparison did not score.
    package subscript(row: Int, column: Int) -> Double {
        guard isSparse else { return values[row * columns + column] }
        let cells = sparseRows[row]
        var (low, high) = (0, cells.count)
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].column == column ? cells[low].value : 0
    }

    /// The later tasks (indices) earlier task `row` may resemble: every column in a dense
    /// comparison, the scored ones in a sparse one, in column order.
    package func candidates(row: Int) -> [Int] {
        isSparse ? sparseRows[row].map(\.column) : Array(0..<columns)
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
