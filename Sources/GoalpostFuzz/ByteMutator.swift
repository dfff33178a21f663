/// Format-blind mutations of a byte buffer: flips, interesting bytes, inserts, deletions,
/// repeats, splices, truncation and invalid UTF-8.
package enum ByteMutator {
    /// Bytes that often matter to decoders: NUL, ASCII edges, UTF-8 lead and continuation bytes, BOM parts.
    static let interestingBytes: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x2C, 0x7C, 0x7F, 0x80, 0xBF, 0xC0, 0xE4, 0xEF, 0xF4, 0xFE, 0xFF]
    /// Byte sequences that are not valid UTF-8 (lone continuation, overlong, surrogate, cut sequence, > U+10FFFF).
    static let invalidUTF8: [[UInt8]] = [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xF4, 0x90, 0x80, 0x80], [0xFF, 0xFE], [0xFE, 0xFF, 0x00]]

    /// Applies one random byte mutation to `bytes`; `other` is a buffer to splice from; returns its name.
    @discardableResult
    package static func mutate(_ bytes: inout [UInt8], other: [UInt8], using random: inout FuzzRandom) -> String {
        if bytes.isEmpty { bytes = [random.pick(interestingBytes)]; return "byte:seed-empty" }
        let at = random.below(bytes.count)
        switch random.below(9) {
        case 0:
            bytes[at] ^= UInt8(1) << UInt8(random.below(8))
            return "byte:flip@\(at)"
        case 1:
            bytes[at] = random.pick(interestingBytes)
            return "byte:set@\(at)"
        case 2:
            let count = random.size(upTo: 64)
            bytes.insert(contentsOf: (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
            return "byte:insert\(count)@\(at)"
        case 3:
            let count = min(random.size(upTo: 4096), bytes.count - at)
            bytes.removeSubrange(at..<at + count)
            return "byte:delete\(count)@\(at)"
        case 4:
            return repeatRange(&bytes, at: at, using: &random)
        case 5:
            guard !other.isEmpty else { return "byte:splice-none" }
            let from = random.below(other.count)
            let count = min(random.size(upTo: 8192), other.count - from)
            bytes.replaceSubrange(at..<min(bytes.count, at + count), with: other[from..<from + count])
            return "byte:splice\(count)@\(at)"
        case 6:
            bytes.removeSubrange(at...)
            return "byte:truncate@\(at)"
        case 7:
            bytes.insert(contentsOf: random.pick(invalidUTF8), at: at)
            return "byte:invalid-utf8@\(at)"
        default:
            let other = random.below(bytes.count)
            bytes.swapAt(at, other)
            return "byte:swap@\(at),\(other)"
        }
    }

    /// Repeats a short range many times (up to about 2 MB in all): long lines, huge cells.
    private static func repeatRange(_ bytes: inout [UInt8], at: Int, using random: inout FuzzRandom) -> String {
        let length = min(random.size(upTo: 256), bytes.count - at)
        let times = random.size(upTo: max(1, 2_000_000 / max(length, 1)))
        let chunk = Array(bytes[at..<at + length])
        var repeated: [UInt8] = []
        repeated.reserveCapacity(length * times)
        for _ in 0..<times { repeated += chunk }
        bytes.insert(contentsOf: repeated, at: at)
        return "byte:repeat\(length)x\(times)@\(at)"
    }
}
