import Foundation
import Testing

@testable import GoalpostCore

/// Matching beyond `AssignmentSolver.denseLimit` pairs: candidate pairs only, solved by parts.
struct SparseMatchingTests {
    @Test func aSmallPartOfALargeProblemIsSolvedExactly() {
        // Greedy would take (0,0) alone (5); the exact answer takes (0,1) and (1,0) (8).
        let edges = [AssignmentSolver.Edge(row: 0, column: 0, gain: 5), .init(row: 0, column: 1, gain: 4), .init(row: 1, column: 0, gain: 4),
                     .init(row: 1_000, column: 1_000, gain: 1)]
        let result = AssignmentSolver.maximize(edges: edges, rows: 1_001, columns: 1_001)
        #expect(result[0] == 1 && result[1] == 0 && result[1_000] == 1_000)
        #expect(result.compactMap { $0 }.count == 3)
    }

    @Test func aPartTooLargeToSolveExactlyIsAssignedOneToOneLargestFirst() {
        var edges: [AssignmentSolver.Edge] = []
        for row in 0..<400 {
            for column in 0..<400 { edges.append(.init(row: row, column: column, gain: row == column ? 2 : 1)) }
        }
        let result = AssignmentSolver.maximize(edges: edges, rows: 1_200, columns: 1_200)
        #expect((0..<400).allSatisfy { result[$0] == $0 })
        #expect(Set(result.compactMap { $0 }).count == result.compactMap { $0 }.count)
    }

    @Test func sparseSimilaritiesEqualTheExactOnesForThePairsTheyScore() {
        let filler = (0..<1_100).map { index in
            DiffTask(id: Int64(index), number: "\(index)", category: nil, task: "推进建设第\(index)项工作")
        }
        let before = [DiffTask(id: 5_000, number: "a", category: nil, task: "建成开放玲珑山公园")] + filler
        let after = filler.map { task -> DiffTask in var task = task; task.id += 10_000; return task }
            + [DiffTask(id: 20_000, number: "b", category: nil, task: "玲珑山公园二期开放")]
        let matrix = SimilarityMatrix(before: before, after: after)
        #expect(matrix.isSparse)
        let exact = PairSimilarity(before: before, after: after)
        let last = after.count - 1
        #expect(matrix.candidates(row: 0).contains(last))
        #expect(abs(matrix[0, last] - exact(5_000, 20_000)) < 1e-12)
        // 推进建设 is in every later task: sharing it alone makes no candidate.
        #expect(!matrix.candidates(row: 1).contains(500))
        #expect(matrix[1, 500] == 0)
    }
}
