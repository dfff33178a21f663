extension Unicode.Scalar {
    /// True for a CJK unified ideograph of the basic block (the characters of Chinese text).
    package var isHan: Bool { (0x4E00...0x9FFF).contains(value) }
}
