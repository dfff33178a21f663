/// The character bigrams and trigrams of a normalised text (字符 n-gram), as sorted distinct keys.
///
/// Chinese has no spaces, so overlapping character n-grams stand in for words.
package struct NGramProfile: Sendable, Equatable {
    /// Sorted, distinct keys; a key packs two or three Unicode scalars into 63 bits.
    package let keys: [UInt64]

    /// The profile of an already normalised text.
    package init(normalized text: String) {
        let values = text.unicodeScalars.map { UInt64($0.value) }
        var keys: [UInt64] = []
        keys.reserveCapacity(values.count * 2)
        for index in values.indices {
            if index + 1 < values.count { keys.append(values[index] << 21 | values[index + 1]) }
            if index + 2 < values.count {
                keys.append(values[index] << 42 | values[index + 1] << 21 | values[index + 2])
            }
        }
        if values.count == 1 { keys.append(values[0]) }
        self.keys = Array(Set(keys)).sorted()
    }

    /// Unweighted similarity in 0...1 (every n-gram weighs 1); see `WeightedProfile.similarity(to:)`.
    package func similarity(to other: NGramProfile) -> Double {
        WeightedProfile(self).similarity(to: WeightedProfile(other))
    }
}
