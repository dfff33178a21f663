/// Puts the paragraphs of one numbered row of a one-cell-per-paragraph capture into its columns
/// when their count does not say where each cell starts: a task written in parts (1)… / 2)…), a
/// progress text in several paragraphs (基本完成。 / 完成…), an owner cell the page merged away.
///
/// Every way to cut the paragraphs, in order, into one group per column is scored by how well
/// each group fits its column (``CellKind``: a group or leader cell is short, an owner a unit, a
/// task holds no progress, a progress text opens like one); a merged-cell column (group, owner,
/// leader) may get no paragraph, and is then left out of the row for ``ShortRowRepair`` to put back.
enum ParagraphRowSplit {
    /// Most paragraphs split this way; a longer row keeps its cells in order.
    static let maxParagraphs = 12
    /// Most columns split this way: the cuts to try grow with paragraphs and columns together.
    static let maxColumns = 8
    /// Longest group or leader cell (扩空间, 李副区长), in characters.
    static let shortCell = 16

    /// The cells of a row whose paragraphs after the number are `paragraphs`, under `roles` (the
    /// header's roles after the number column).
    static func cells(_ paragraphs: [String], roles: [ColumnRole?]) -> [String]? {
        guard !roles.isEmpty, roles.count <= maxColumns, paragraphs.count <= maxParagraphs, paragraphs.count >= 1 else {
            return nil
        }
        var best: (groups: [[String]], score: Int)?
        for groups in cuts(paragraphs, into: roles.count, allowEmpty: roles.map(canBeMissing)) {
            let score = zip(groups, roles).reduce(0) { $0 + fit($1.0, role: $1.1) }
            if score > best?.score ?? Int.min { best = (groups, score) }
        }
        guard var best else { return nil }
        // As many paragraphs as columns: in order, unless that is clearly worse (an owner cell
        // holding a progress text).
        if paragraphs.count == roles.count {
            let inOrder = paragraphs.map { [$0] }
            let score = zip(inOrder, roles).reduce(0) { $0 + fit($1.0, role: $1.1) }
            if best.score < score + 2 { best = (inOrder, score) }
        }
        return zip(best.groups, roles).compactMap { group, role in
            group.isEmpty && canBeMissing(role) ? nil : group.joined(separator: "\n")
        }
    }

    private static func canBeMissing(_ role: ColumnRole?) -> Bool {
        role.map(ShortRowRepair.mergedRoles.contains) ?? false
    }

    /// How well paragraphs fit a column: a task holds no progress or unit paragraph, an owner is
    /// a unit, a progress text opens like one.
    private static func fit(_ group: [String], role: ColumnRole?) -> Int {
        switch role {
        case .task, .target:
            guard !group.isEmpty else { return -3 }
            return -group.filter { CellKind.isProgress($0) || CellKind.isUnit($0) }.count - (group.count - 1)
        case .category:
            guard let first = group.first else { return 0 }
            return group.count == 1 && first.count <= shortCell && !CellKind.isProgress(first) ? 1 : -2
        case .owner:
            guard let first = group.first else { return 0 }
            return group.count == 1 && CellKind.isUnit(first) ? 1 : -2
        case .leader:
            guard let first = group.first else { return 0 }
            return group.count == 1 && first.count <= shortCell && !CellKind.isProgress(first) ? 1 : -2
        case .progress:
            guard let first = group.first else { return -2 }
            return CellKind.isProgress(first) ? 1 : CellKind.isUnit(first) ? -2 : 0
        default:
            return group.count <= 1 ? 0 : -1
        }
    }

    /// Every cut of `items` into `count` consecutive groups; group `i` may be empty only when `allowEmpty[i]`.
    static func cuts(_ items: [String], into count: Int, allowEmpty: [Bool]) -> [[[String]]] {
        guard count > 0 else { return items.isEmpty ? [[]] : [] }
        if count == 1 { return items.isEmpty && !allowEmpty[0] ? [] : [[items]] }
        var result: [[[String]]] = []
        let lower = allowEmpty[0] ? 0 : 1
        guard lower <= items.count else { return [] }
        for size in lower...items.count {
            for rest in cuts(Array(items[size...]), into: count - 1, allowEmpty: Array(allowEmpty.dropFirst())) {
                result.append([Array(items[..<size])] + rest)
            }
        }
        return result
    }
}
