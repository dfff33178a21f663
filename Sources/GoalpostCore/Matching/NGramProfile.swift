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

    /// Number of keys both profiles hold.
    package func sharedCount(with other: NGramProfile) -> Int {
        var (left, right, shared) = (0, 0, 0)
        while left < keys.count, right < other.keys.count {
            if keys[left] == other.keys[right] {
                shared += 1
                left += 1
                right += 1
            } else if keys[left] < other.keys[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return shared
    }

    /// Text similarity in 0...1: the mean of the Dice coefficient and the overlap coefficient.
    ///
    /// Dice alone punishes a clause added or dropped between years; overlap alone lets a short
    /// text match any long text containing it. Their mean keeps both in check.
    package func similarity(to other: NGramProfile) -> Double {
        guard !keys.isEmpty, !other.keys.isEmpty else { return 0 }
        let shared = Double(sharedCount(with: other))
        let dice = 2 * shared / Double(keys.count + other.keys.count)
        let overlap = shared / Double(min(keys.count, other.keys.count))
        return (dice + overlap) / 2
    }
}
