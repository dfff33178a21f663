/// The simplified form of Chinese text, character for character, for comparing and extracting:
/// a table written in traditional characters (縣, 項目) is matched against the same words and
/// names as a simplified one, while the text itself is kept as written.
package enum SimplifiedChinese {
    /// Traditional scalar → simplified scalar, built once from ``pairs``.
    private static let table: [Unicode.Scalar: Unicode.Scalar] = {
        let scalars = Array(pairs.unicodeScalars)
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        table.reserveCapacity(scalars.count / 2)
        var index = 0
        while index + 1 < scalars.count {
            table[scalars[index]] = scalars[index + 1]
            index += 2
        }
        return table
    }()

    /// `text` with every traditional character replaced by its simplified form; the number and
    /// order of characters stay the same. Text without traditional characters comes back unchanged.
    package static func simplified(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { table[$0] != nil }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.map { table[$0] ?? $0 })
        return String(scalars)
    }
}
