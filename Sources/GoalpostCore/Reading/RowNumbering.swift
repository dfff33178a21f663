/// Row numbers in a stream of cells or words where nothing else marks where rows start: the
/// first number starts the first row, then each larger number within a short skip (a table may
/// list only some tasks of its report: 7, 9, 12 …; a capture may start at row 7).
struct RowNumbering {
    /// The last row number taken.
    private(set) var last: Int?
    /// Largest gap between two row numbers.
    static let maxSkip = 30

    /// True when `text` would start the next row.
    func wouldStart(_ text: String) -> Bool {
        guard text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), value > 0 else {
            return false
        }
        guard let last else { return true }
        return value > last && value <= last + Self.maxSkip
    }

    /// Takes `text` as the next row's number when it is one; true when it was.
    mutating func starts(_ text: String) -> Bool {
        guard wouldStart(text) else { return false }
        last = Int(text)
        return true
    }
}
