/// Text similarities of every earlier task with every later task, computed once per comparison.
package struct SimilarityMatrix: Sendable {
    private let columns: Int
    private let values: [Double]

    /// Normalises both task lists and scores every pair with `NGramProfile.similarity(to:)`.
    package init(before: [DiffTask], after: [DiffTask]) {
        let left = before.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        let right = after.map { NGramProfile(normalized: TextNormalizer.normalize($0.task)) }
        var values = [Double](repeating: 0, count: left.count * right.count)
        for (row, profile) in left.enumerated() {
            for (column, other) in right.enumerated() {
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
}
