/// Puts the paragraphs of one numbered row of a one-cell-per-paragraph capture into its columns
/// when their count does not say where each cell starts: a task written in parts (1)… / 2)…), a
/// progress text in several paragraphs (基本完成。 / 完成…), an owner cell the page merged away.
///
/// The paragraphs are cut, in order, into one group per column so that the groups fit their
/// columns best (``CellKind``: a group or leader cell is short, an owner a unit, a task holds no
/// progress, a progress text opens like one), found by dynamic programming over (column,
/// paragraph); a merged-cell column (group, owner, leader) may get no paragraph, and is then left
/// out of the row for ``ShortRowRepair`` to put back.
enum ParagraphRowSplit {
    /// Most paragraphs split this way; a longer row keeps its cells in order.
    static let maxParagraphs = 12
    /// Most columns split this way.
    static let maxColumns = 8
    /// Longest group or leader cell (扩空间, 李副区长), in characters.
    static let shortCell = 16

    /// What one paragraph looks like, worked out once.
    private struct Kind {
        var progress: Bool
        var unit: Bool
        var short: Bool

        init(_ text: String) {
            progress = CellKind.isProgress(text)
            unit = CellKind.isUnit(text)
            short = text.count <= ParagraphRowSplit.shortCell
        }
    }

    /// The cells of a row whose paragraphs after the number are `paragraphs`, under `roles` (the
    /// header's roles after the number column).
    static func cells(_ paragraphs: [String], roles: [ColumnRole?]) -> [String]? {
        guard !roles.isEmpty, roles.count <= maxColumns, paragraphs.count <= maxParagraphs, paragraphs.count >= 1 else {
            return nil
        }
        let kinds = paragraphs.map(Kind.init)
        guard var best = bestCut(kinds, roles: roles) else { return nil }
        // As many paragraphs as columns: in order, unless that is clearly worse (an owner cell
        // holding a progress text).
        if paragraphs.count == roles.count {
            let inOrder = (0..<paragraphs.count).map { $0..<($0 + 1) }
            let score = zip(inOrder, roles).reduce(0) { $0 + fit(kinds[$1.0], role: $1.1) }
            if best.score < score + 2 { best = (inOrder, score) }
        }
        return zip(best.groups, roles).compactMap { group, role in
            group.isEmpty && canBeMissing(role) ? nil : paragraphs[group].joined(separator: "\n")
        }
    }

    /// The best cut of the paragraphs into one range per column (ties go to the cut whose earlier
    /// groups are shortest), or nil when none fits (more columns that need text than paragraphs).
    private static func bestCut(_ kinds: [Kind], roles: [ColumnRole?]) -> (groups: [Range<Int>], score: Int)? {
        let count = kinds.count
        // best[column][start]: the best score of paragraphs start..<count in columns column..<end.
        var best = Array(repeating: Array(repeating: Int?.none, count: count + 1), count: roles.count + 1)
        var choice = Array(repeating: Array(repeating: 0, count: count + 1), count: roles.count + 1)
        best[roles.count][count] = 0
        for column in stride(from: roles.count - 1, through: 0, by: -1) {
            let lower = canBeMissing(roles[column]) ? 0 : 1
            for start in 0...count {
                for end in stride(from: count, through: start + lower, by: -1) where end <= count {
                    guard let rest = best[column + 1][end] else { continue }
                    let score = fit(kinds[start..<end], role: roles[column]) + rest
                    if score >= best[column][start] ?? Int.min {
                        best[column][start] = score
                        choice[column][start] = end
                    }
                }
            }
        }
        guard let score = best[0][0] else { return nil }
        var groups: [Range<Int>] = []
        var start = 0
        for column in roles.indices {
            let end = choice[column][start]
            groups.append(start..<end)
            start = end
        }
        return (groups, score)
    }

    private static func canBeMissing(_ role: ColumnRole?) -> Bool {
        role.map(ShortRowRepair.mergedRoles.contains) ?? false
    }

    /// How well paragraphs fit a column: a task holds no progress or unit paragraph, an owner is
    /// a unit, a progress text opens like one.
    private static func fit(_ group: ArraySlice<Kind>, role: ColumnRole?) -> Int {
        switch role {
        case .task, .target:
            guard !group.isEmpty else { return -3 }
            return -group.filter { $0.progress || $0.unit }.count
        case .category, .leader:
            guard let first = group.first else { return 0 }
            return group.count == 1 && first.short && !first.progress ? 1 : -2
        case .owner:
            guard let first = group.first else { return 0 }
            return group.count == 1 && first.unit ? 1 : -2
        case .progress:
            guard let first = group.first else { return -2 }
            return first.progress ? 1 : first.unit ? -2 : 0
        default:
            return group.count <= 1 ? 0 : -1
        }
    }

    private static func fit(_ kind: Kind, role: ColumnRole?) -> Int {
        fit([kind][...], role: role)
    }
}
