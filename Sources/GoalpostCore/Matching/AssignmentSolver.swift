/// Optimal one-to-one assignment (Hungarian method, O(n²m)) maximising the total gain.
///
/// Used for task links with gain = score − threshold, so a pair barely above the threshold adds
/// little and the solver does not trade one strong link for two weak ones.
package enum AssignmentSolver {
    /// One allowed pair and its gain (only pairs with `gain > 0` are ever assigned).
    package struct Edge: Sendable, Equatable {
        package var row: Int
        package var column: Int
        package var gain: Double

        package init(row: Int, column: Int, gain: Double) {
            self.row = row
            self.column = column
            self.gain = gain
        }
    }

    /// Most cells a comparison may have to be solved as one dense problem.
    package static let denseLimit = 1_000_000
    /// Most work (rows² × columns) a connected part of a sparse problem may take to be solved exactly.
    package static let exactBudget = 50_000_000

    /// For each row, the column it is assigned to, or nil, given the allowed pairs.
    ///
    /// Up to `denseLimit` cells this is `maximize(gains:rows:columns:)`. Beyond, the pairs split into
    /// parts no pair joins (connected components); each part is solved exactly when it is small
    /// enough (`exactBudget`), else greedily (largest gain first, ties by row then column), so two
    /// 12,000-task reports are matched without a 12,000 × 12,000 matrix.
    package static func maximize(edges: [Edge], rows: Int, columns: Int) -> [Int?] {
        let edges = edges.filter { $0.gain > 0 && $0.row >= 0 && $0.row < rows && $0.column >= 0 && $0.column < columns }
        if rows * columns <= denseLimit {
            var gains = [Double](repeating: 0, count: rows * columns)
            for edge in edges { gains[edge.row * columns + edge.column] = edge.gain }
            return maximize(gains: gains, rows: rows, columns: columns)
        }
        var result = [Int?](repeating: nil, count: rows)
        for part in components(edges, rows: rows) {
            let partRows = Array(Set(part.map(\.row))).sorted()
            let partColumns = Array(Set(part.map(\.column))).sorted()
            let work = partRows.count * partRows.count * partColumns.count
            guard work <= exactBudget else {
                for (row, column) in greedy(part) { result[row] = column }
                continue
            }
            let rowIndex = Dictionary(uniqueKeysWithValues: partRows.enumerated().map { ($1, $0) })
            let columnIndex = Dictionary(uniqueKeysWithValues: partColumns.enumerated().map { ($1, $0) })
            var gains = [Double](repeating: 0, count: partRows.count * partColumns.count)
            for edge in part {
                guard let r = rowIndex[edge.row], let c = columnIndex[edge.column] else { continue }
                gains[r * partColumns.count + c] = edge.gain
            }
            for (r, c) in maximize(gains: gains, rows: partRows.count, columns: partColumns.count).enumerated() {
                if let c { result[partRows[r]] = partColumns[c] }
            }
        }
        return result
    }

    // The edges grouped by connected component (rows and columns joined by an edge), in first-row order.
    private static func components(_ edges: [Edge], rows: Int) -> [[Edge]] {
        var parent = Array(0..<(rows + (edges.map(\.column).max() ?? -1) + 1))
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for edge in edges {
            let (a, b) = (root(edge.row), root(rows + edge.column))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var groups: [Int: [Edge]] = [:]
        var order: [Int] = []
        for edge in edges.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
            let key = root(edge.row)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(edge)
        }
        return order.compactMap { groups[$0] }
    }

    // Largest gain first; ties by row, then column.
    private static func greedy(_ edges: [Edge]) -> [(Int, Int)] {
        var usedRows = Set<Int>()
        var usedColumns = Set<Int>()
        var pairs: [(Int, Int)] = []
        for edge in edges.sorted(by: { ($1.gain, $0.row, $0.column) < ($0.gain, $1.row, $1.column) })
        where !usedRows.contains(edge.row) && !usedColumns.contains(edge.column) {
            usedRows.insert(edge.row)
            usedColumns.insert(edge.column)
            pairs.append((edge.row, edge.column))
        }
        return pairs
    }

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
