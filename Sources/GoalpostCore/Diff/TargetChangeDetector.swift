import Foundation

/// Compares the targets of two linked tasks (目标对比): a changed value is a moved goalpost.
///
/// Targets pair by canonical unit and kind, preferring the same subject, then the closest values
/// (`2个、2000个` -> `1500个` pairs 2000 with 1500). Values are compared after extraction, so a
/// target written another way (3万吨标煤 -> 30000吨标准煤) is no change. Targets without a partner
/// on the other side are ignored: extraction may find a figure in one wording only.
package enum TargetChangeDetector {
    /// The change between `before` and `after` targets, nil when no paired value changed.
    package static func change(before: [Quantity], after: [Quantity]) -> TargetChange? {
        let changed = pairs(before: before, after: after).filter { differs($0.0, $0.1) }
        guard !changed.isEmpty else { return nil }
        let directions = Set(changed.map { direction(from: $0.0, to: $0.1) })
        let overall: TargetDirection = directions.count == 1 ? directions.first ?? .changed : .changed
        var ratio: Double?
        if changed.count == 1, overall != .changed, changed[0].0.value != 0 {
            // A ratio too large for a Double (or a Decimal overflow, NaN) is left out, not encoded as NaN.
            let value = rounded(NSDecimalNumber(decimal: changed[0].1.value / changed[0].0.value).doubleValue)
            ratio = value.isFinite ? value : nil
        }
        return TargetChange(
            before: changed.map(\.0.text).joined(separator: "、"), after: changed.map(\.1.text).joined(separator: "、"),
            direction: overall, ratio: ratio
        )
    }

    /// Paired targets in earlier text order: same unit and kind, same subject first, then closest values.
    package static func pairs(before: [Quantity], after: [Quantity]) -> [(Quantity, Quantity)] {
        var candidates: [(rank: Int, distance: Double, left: Int, right: Int)] = []
        for (left, target) in before.enumerated() {
            for (right, other) in after.enumerated() where other.unit == target.unit && other.kind == target.kind {
                let sameSubject = !target.subject.isEmpty && target.subject == other.subject
                candidates.append((sameSubject ? 0 : 1, distance(target, other), left, right))
            }
        }
        candidates.sort { ($0.rank, $0.distance, $0.left, $0.right) < ($1.rank, $1.distance, $1.left, $1.right) }
        var usedLeft = Set<Int>()
        var usedRight = Set<Int>()
        var paired: [(Int, Int)] = []
        for candidate in candidates where !usedLeft.contains(candidate.left) && !usedRight.contains(candidate.right) {
            usedLeft.insert(candidate.left)
            usedRight.insert(candidate.right)
            paired.append((candidate.left, candidate.right))
        }
        return paired.sorted { $0.0 < $1.0 }.map { (before[$0.0], after[$0.1]) }
    }

    // How far apart two values are as a ratio, so 2000 -> 1500 is closer than 2 -> 1500.
    private static func distance(_ left: Quantity, _ right: Quantity) -> Double {
        let a = abs(NSDecimalNumber(decimal: left.value).doubleValue)
        let b = abs(NSDecimalNumber(decimal: right.value).doubleValue)
        guard a > 0, b > 0 else { return a == b ? 0 : .infinity }
        return abs(log(b / a))
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
