/// Bounds-checked little-endian reads from the bytes of a ZIP archive.
struct ZipBytes {
    /// The whole archive.
    let bytes: [UInt8]

    /// The number of bytes.
    var count: Int { bytes.count }

    /// The unsigned integer of `width` bytes at `offset`, or nil when it does not fit the bytes.
    func uint(at offset: Int, width: Int) -> Int? {
        guard let end = Self.sum(offset, width), offset >= 0, end <= bytes.count else { return nil }
        var value = 0
        for index in stride(from: end - 1, through: offset, by: -1) {
            value = value << 8 | Int(bytes[index])
        }
        return value
    }

    /// True when the four bytes at `offset` are the record signature `signature`.
    func hasSignature(_ signature: Int, at offset: Int) -> Bool {
        uint(at: offset, width: 4) == signature
    }

    /// `offset..<offset + length`, or nil when the range overflows or does not fit the bytes.
    func range(at offset: Int, length: Int) -> Range<Int>? {
        guard offset >= 0, length >= 0, let end = Self.sum(offset, length), end <= bytes.count else { return nil }
        return offset..<end
    }

    /// The sum of non-negative `values`, or nil on overflow.
    static func sum(_ values: Int...) -> Int? {
        var total = 0
        for value in values {
            let (next, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = next
        }
        return total
    }
}
