/// A verdict column that asks a yes/no question (是否达序, 是否滞后, 是否完成) answered 是 or 否 per row,
/// read as the statement it amounts to: 是否达序：否 says 滞后, 是否滞后：否 says 序时推进.
package enum YesNoVerdict {
    /// What makes a header a yes/no question.
    package static let questionMark = "是否"

    /// True for yes, false for no, nil when `cell` is no bare answer.
    package static func answer(of cell: String) -> Bool? {
        let text = String(cell.filter { !$0.isWhitespace && !$0.isPunctuation })
        if ["是", "√", "✓", "✔", "Y", "y"].contains(text) { return true }
        if ["否", "×", "✗", "✘", "N", "n"].contains(text) { return false }
        return nil
    }

    /// The statement a `question：answer` verdict (as the reader keeps it) amounts to, or `verdict`
    /// itself when it is no such pair or the question is about something else.
    package static func statement(_ verdict: String) -> String {
        guard let colon = verdict.lastIndex(where: { $0 == "：" || $0 == ":" }),
              let said = answer(of: String(verdict[verdict.index(after: colon)...])),
              let mark = verdict.range(of: questionMark), mark.upperBound <= colon
        else { return verdict }
        let asked = String(verdict[mark.upperBound..<colon])
        for (kind, words) in OfficeWords.paceWords where words.contains(where: { asked.contains($0) }) {
            return said ? asked : (kind == .behind ? onTrack : behind)
        }
        guard asked.contains(done) else { return verdict }
        return said ? "已" + done : "未" + done
    }

    private static let onTrack = "序时推进"
    private static let behind = "滞后"
    private static let done = "完成"
}
