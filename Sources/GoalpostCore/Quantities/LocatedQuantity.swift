/// A quantity with where it was found, for pairing (其中 parts, order).
package struct LocatedQuantity: Sendable, Equatable {
    /// The quantity as reported.
    package var quantity: Quantity
    /// Character offset of the span's start in the source text.
    package var start: Int
    /// True when the figure follows 其中 in its sentence: a part of a total just given.
    package var isPart: Bool
}
