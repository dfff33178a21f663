/// A seeded SplitMix64 generator: every fuzz input is a pure function of (run seed, iteration, stream),
/// so any iteration can be regenerated alone to replay or save it.
package struct FuzzRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator for one iteration of a run; `stream` separates independent uses inside it.
    package init(seed: UInt64, iteration: Int, stream: UInt64 = 0) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: iteration) &* 0xBF58_476D_1CE4_E5B9
            ^ stream &* 0x94D0_49BB_1331_11EB
        _ = next()
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value below `bound` (0 when `bound` is not positive).
    package mutating func below(_ bound: Int) -> Int {
        bound > 0 ? Int.random(in: 0..<bound, using: &self) : 0
    }

    /// True with probability `numerator`/`denominator`.
    package mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty array.
    package mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// A size skewed towards small values, sometimes large: 1…`limit` (log-uniform).
    package mutating func size(upTo limit: Int) -> Int {
        let exponent = below(Int.bitWidth - max(limit, 1).leadingZeroBitCount + 1)
        return min(max(limit, 1), 1 + below(1 << min(exponent, 40)))
    }
}
