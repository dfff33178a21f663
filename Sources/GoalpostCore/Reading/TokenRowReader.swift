/// Reads captures that lost their table's structure to single spaces: the header's labels and
/// every row's cells run on as space-separated words (序号 承担的重点工作 完成状态 … 1 全市生产总值增长x%。
/// 序时推进 上半年,… 市发展改革委 2 …), on one line or many, with empty cells collapsed.
///
/// The header is the first run of three or more words that are all column labels (a word that is
/// no label alone may join the next: `1- 8月实际完成情况`). Rows start at each next row number
/// (``RowNumbering``); a section title (一、…) before a number is a row of its own. A row with
/// more words than columns joins the extra words into its progress cell (spaces inside a long
/// text cannot be told from separators); a row with fewer has its last cells empty.
package enum TokenRowReader {
    private struct Token {
        var text: String
        var line: Int
    }

    /// Most words read: a capture of this layout is a page, not a data dump.
    static let maxTokens = 200_000

    /// True when `text` has a run of column labels that makes a header.
    package static func accepts(_ text: String) -> Bool {
        header(in: tokens(of: text)) != nil
    }

    /// Splits `text` into preamble and rows, under `limits`.
    package static func read(_ text: String, file: String = "", limits: ReaderLimits = .default) throws -> CellGrid {
        let words = tokens(of: text)
        guard let (range, labels) = header(in: words) else {
            return CellGrid(preamble: [text], rows: [], layout: TextLayout.tokenRows.rawValue)
        }
        var grid = GridBuilder.text(file: file, limits: limits)
        try grid.appendRow(labels, line: words[range.lowerBound].line)
        let progress = TableHeader(labels: labels)?.columns[.progress]
        var numbering = RowNumbering()
        var row: [Token] = []
        func close() throws {
            guard let first = row.first else { return }
            try grid.appendRow(fitted(row.map(\.text), width: labels.count, progress: progress), line: first.line)
            row = []
        }
        let body = Array(words[range.upperBound...])
        for (index, word) in body.enumerated() {
            // Mid-line, only the very next number starts a row: text has numbers of its own.
            let atLineStart = index == 0 || body[index - 1].line != word.line
            if (atLineStart || numbering.last.map { Int(word.text) == $0 + 1 } ?? true), numbering.starts(word.text) {
                try close()
            } else if SectionTitle.matches(word.text), index + 1 < body.count, numbering.wouldStart(body[index + 1].text) {
                try close()
                try grid.appendRow([word.text], line: word.line)
                continue
            }
            row.append(word)
        }
        try close()
        // The page before the header, a line per source line.
        let before = words[..<range.lowerBound]
        let preamble = Dictionary(grouping: before, by: \.line).sorted { $0.key < $1.key }
            .map { $0.value.map(\.text).joined(separator: " ") }
        return CellGrid(preamble: preamble, rows: grid.finish(), layout: TextLayout.tokenRows.rawValue)
    }

    /// The row's words as `width` cells: the number, then the cells in order, extra words joined
    /// into the progress cell (else the last), missing cells empty.
    private static func fitted(_ words: [String], width: Int, progress: Int?) -> [String] {
        guard words.count > width else { return words + Array(repeating: "", count: width - words.count) }
        let joinAt = progress ?? width - 1
        let after = width - joinAt - 1
        let joined = words[joinAt..<(words.count - after)].joined(separator: " ")
        return Array(words[..<joinAt]) + [joined] + Array(words.suffix(after))
    }

    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            for word in line.split(whereSeparator: \.isWhitespace) {
                tokens.append(Token(text: String(word), line: index + 1))
                if tokens.count >= maxTokens { return tokens }
            }
        }
        return tokens
    }

    /// The first run of three or more labels that makes a header: its word range and the labels.
    private static func header(in words: [Token]) -> (Range<Int>, [String])? {
        var start = 0
        while start < words.count {
            var labels: [String] = []
            var end = start
            while end < words.count {
                if isLabel(words[end].text) {
                    labels.append(words[end].text)
                    end += 1
                } else if end + 1 < words.count, words[end].line == words[end + 1].line, words[end].text.count <= 4,
                    isLabel(words[end].text + words[end + 1].text)
                {
                    labels.append(words[end].text + words[end + 1].text)
                    end += 2
                } else {
                    break
                }
            }
            if labels.count >= 3, TableHeader(labels: labels) != nil { return (start..<end, labels) }
            start = max(end, start + 1)
        }
        return nil
    }

    private static func isLabel(_ word: String) -> Bool {
        ColumnRole.isKnownLabel(word) && !SectionTitle.matches(word) && !SectionTitle.isNumber(word)
    }
}
