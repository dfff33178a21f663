/// Input classes a run can leave out while a known trap in them is being fixed, so the run
/// explores past it (`--avoid uncategorised,huge-figures`). Set once at start, before any input.
package enum FuzzAvoid: String, CaseIterable, Sendable {
    /// History reports without a category column or with empty category names.
    case uncategorised
    /// Extreme figures (huge, tiny, Chinese numerals) in generated history reports.
    case hugeFigures = "huge-figures"
    /// Invalid UTF-8 inserted into .docx/.xlsx XML parts.
    case invalidUTF8XML = "invalid-utf8-xml"
    /// Cell references and merges reaching the sheet's far edges (XFD, row 1048576).
    case wholeSheetRanges = "whole-sheet-ranges"
    /// Row numbers, indexes and spans of more than six digits (gridSpan 99999999, row Int.min, …).
    case hugeNumbers = "huge-numbers"

    /// The classes left out in this process.
    nonisolated(unsafe) package static var active: Set<FuzzAvoid> = []

    /// True when `value` is allowed under the active classes (for the XML value and fragment tables).
    static func allows(_ value: String) -> Bool {
        if active.contains(.wholeSheetRanges) && (value.contains("1048576") || value.contains("XFD")) { return false }
        if active.contains(.hugeNumbers) && value.contains(where: \.isNumber)
            && (value.filter(\.isNumber).count > 6 || value.contains("ZZZZ") || value.contains("AAAA")) { return false }
        return true
    }
}
