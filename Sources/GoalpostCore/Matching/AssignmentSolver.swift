/// Optimal one-to-one assignment (Hungarian method, O(n²m)) maximising the total gain.
///
/// Used for task links with gain = score − threshold, so a pair barely above the threshold adds
/// little and the solver does not trade one strong link for two weak ones.
package enum AssignmentSolver {
    /// For each row, the column it is assigned to, or nil. Only cells with `gain > 0` are ever assigned.
    ///
    /// `gains` is rows × columns, row-major. Ties resolve by row and column order, so callers that
    /// order rows and columns by content get results independent of input order.
    package static func maximize(gains: [Double], rows: Int, columns: Int) -> [Int?] {
        guard rows > 0, columns > 0 else { return Array(repeating: nil, count: rows) }
        if rows > columns {
            var transposed = [Double](repeating: 0, count: rows * columns)
            for row in 0..<rows {
                for column in 0..<columns { transposed[column * rows + row] = gains[row * columns + column] }
            }
            let byColumn = maximize(gains: transposed, rows: columns, columns: rows)
            var result = [Int?](repeating: nil, count: rows)
            for (column, row) in byColumn.enumerated() { if let row { result[row] = column } }
            return result
        }
        let cost = { (row: Int, column: Int) -> Double in -max(0, gains[row * columns + column]) }
        let owner = solve(rows: rows, columns: columns, cost: cost)
        var result = [Int?](repeating: nil, count: rows)
        for column in 1...columns where owner[column] > 0 {
            let row = owner[column] - 1
            if gains[row * columns + column - 1] > 0 { result[row] = column - 1 }
        }
        return result
    }

    // The classic potentials formulation, 1-based, rows ≤ columns; returns the row (1-based, 0 = none) per column.
    private static func solve(rows: Int, columns: Int, cost: (Int, Int) -> Double) -> [Int] {
        var u = [Double](repeating: 0, count: rows + 1)
        var v = [Double](repeating: 0, count: columns + 1)
        var owner = [Int](repeating: 0, count: columns + 1)
        var way = [Int](repeating: 0, count: columns + 1)
        for row in 1...rows {
            owner[0] = row
            var current = 0
            var minimum = [Double](repeating: .infinity, count: columns + 1)
            var used = [Bool](repeating: false, count: columns + 1)
            repeat {
                used[current] = true
                let assigned = owner[current]
                var delta = Double.infinity
                var next = 0
                for column in 1...columns where !used[column] {
                    let reduced = cost(assigned - 1, column - 1) - u[assigned] - v[column]
                    if reduced < minimum[column] { (minimum[column], way[column]) = (reduced, current) }
                    if minimum[column] < delta { (delta, next) = (minimum[column], column) }
                }
                for column in 0...columns {
                    if used[column] { u[owner[column]] += delta; v[column] -= delta } else { minimum[column] -= delta }
                }
                current = next
            } while owner[current] != 0
            repeat {
                let previous = way[current]
                owner[current] = owner[previous]
                current = previous
            } while current != 0
        }
        return owner
    }
}
