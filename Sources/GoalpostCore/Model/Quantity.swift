import Foundation

/// A figure in a task or progress text: a target (目标) or an achieved value (完成值).
///
/// Values are exact decimals with 万/亿 multiplied in (3.5万吨标煤 is 35000, unit 吨标煤);
/// percentages keep their number (76% is 76, unit "%"); percentage points use unit "百分点".
package struct Quantity: Sendable, Equatable, Codable {
    /// The exact source span, e.g. `9500亩以上`.
    package var text: String
    /// The value, or the lower bound of a range.
    package var value: Decimal
    /// The upper bound of a range, else nil.
    package var valueMax: Decimal?
    /// The canonical unit from the unit lexicon (亩, 吨标煤, 个, %, 百分点 …), "" when none.
    package var unit: String
    /// How the value binds: at least, about, at most, a range or exact.
    package var qualifier: Qualifier
    /// Whether the value is a level, a growth rate or a change.
    package var kind: QuantityKind
    /// True for floors (more is better), false for ceilings (CPI 涨幅, 能耗 …), nil when unknown.
    package var higherIsBetter: Bool?
    /// A short subject the figure measures, e.g. 实际利用外资.
    package var subject: String
    /// For achieved figures: the index of the target this figure answers, else nil.
    package var target: Int?

    package init(
        text: String, value: Decimal, valueMax: Decimal? = nil, unit: String, qualifier: Qualifier = .exact,
        kind: QuantityKind = .level, higherIsBetter: Bool? = nil, subject: String = "", target: Int? = nil
    ) {
        self.text = text
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.qualifier = qualifier
        self.kind = kind
        self.higherIsBetter = higherIsBetter
        self.subject = subject
        self.target = target
    }
}

extension Quantity {
    private enum CodingKeys: String, CodingKey {
        case text, value, valueMax, unit, qualifier, kind, higherIsBetter, subject, target
    }

    /// Writes `null` for absent optionals, as CONTRACTS.md's `number|null`, `bool|null` and `int|null` require.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(valueMax, forKey: .valueMax)
        try container.encode(unit, forKey: .unit)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(kind, forKey: .kind)
        try container.encode(higherIsBetter, forKey: .higherIsBetter)
        try container.encode(subject, forKey: .subject)
        try container.encode(target, forKey: .target)
    }
}

/// How a quantity binds its value (以上 / 左右 / 以内 / 5%—6% / exact).
package enum Qualifier: String, Sendable, Codable, CaseIterable {
    case atLeast = "at_least"
    case about
    case atMost = "at_most"
    case range
    case exact
}

/// What a quantity measures: a level (达到76%), a growth rate (增长6%) or a change (减少3万吨).
package enum QuantityKind: String, Sendable, Codable, CaseIterable {
    case level
    case growth
    case change
}
