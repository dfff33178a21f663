import Foundation

/// Compares the targets of two linked tasks (目标对比): a changed value is a moved goalpost.
///
/// Targets pair by canonical unit and kind, in text order. Values are compared after extraction,
/// so a target written another way (3万吨标煤 -> 30000吨标准煤) is no change. Targets without a
/// partner on the other side are ignored: extraction may find a figure in one wording only.
package enum TargetComparison {
    /// The change between `before` and `after` targets, nil when no paired value changed.
    package static func change(before: [Quantity], after: [Quantity]) -> TargetChange? {
        var unused = Array(after.indices)
        var changed: [(Quantity, Quantity)] = []
        for target in before {
            guard let position = unused.firstIndex(where: { pairs(target, after[$0]) }) else { continue }
            let partner = after[unused.remove(at: position)]
            if differs(target, partner) { changed.append((target, partner)) }
        }
        guard !changed.isEmpty else { return nil }
        let directions = Set(changed.map { direction(from: $0.0, to: $0.1) })
        let overall: TargetDirection = directions.count == 1 ? directions.first! : .changed
        var ratio: Double?
        if changed.count == 1, overall != .changed, changed[0].0.value != 0 {
            ratio = rounded(NSDecimalNumber(decimal: changed[0].1.value / changed[0].0.value).doubleValue)
        }
        return TargetChange(
            before: changed.map(\.0.text).joined(separator: "、"), after: changed.map(\.1.text).joined(separator: "、"),
            direction: overall, ratio: ratio
        )
    }

    private static func pairs(_ left: Quantity, _ right: Quantity) -> Bool {
        left.unit == right.unit && left.kind == right.kind
    }

    private static func differs(_ left: Quantity, _ right: Quantity) -> Bool {
        left.value != right.value || left.valueMax != right.valueMax || left.qualifier != right.qualifier
    }

    private static func direction(from left: Quantity, to right: Quantity) -> TargetDirection {
        let low = right.value - left.value
        let high = (right.valueMax ?? right.value) - (left.valueMax ?? left.value)
        if low > 0, high >= 0 || left.valueMax == nil { return .raised }
        if low < 0, high <= 0 || left.valueMax == nil { return .lowered }
        if low == 0, high > 0 { return .raised }
        if low == 0, high < 0 { return .lowered }
        return .changed
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 10000).rounded() / 10000
    }
}
