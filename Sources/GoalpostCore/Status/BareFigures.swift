import Foundation

/// Cells that hold only a number (目标任务 `8950`, 完成情况 `7356`) and the completion-rate column
/// (1-8月完成率% `54%`): tables that give the unit once, in the task (城市棚户区改造(户)) or not at all.
///
/// A bare number in the target column is the row's target, in the unit the task names in brackets
/// (else unitless); a bare number as the whole progress answers the row's only target in its unit.
package enum BareFigures {
    /// The target of a target column holding only a number, in the unit the task names in brackets.
    static func target(_ texts: TaskTexts) -> Quantity? {
        guard let cell = texts.targetText, let value = number(in: cell) else { return nil }
        return Quantity(text: cell.trimmingWhitespace(), value: value, unit: bracketedUnit(of: texts.task) ?? "",
                        qualifier: .exact, higherIsBetter: true)
    }

    /// The achieved figure of a progress cell that is only a number, answering the only target.
    static func actual(_ texts: TaskTexts, targets: [Quantity], extracted: [LocatedQuantity]) -> LocatedQuantity? {
        guard extracted.isEmpty, targets.count == 1, let value = number(in: texts.progress) else { return nil }
        var quantity = targets[0]
        quantity.text = texts.progress.trimmingWhitespace()
        quantity.value = value
        quantity.valueMax = nil
        quantity.qualifier = .exact
        quantity.target = 0
        return LocatedQuantity(quantity: quantity, start: 0, isPart: false)
    }

    /// The completion share a completion-rate cell opens with (`54%`, `累计完成项目的70%`), as a share.
    static func completionShare(_ cell: String?) -> Quantity? {
        guard let cell else { return nil }
        let located = QuantityExtractor().locate(in: cell).map(\.quantity)
        return located.first { $0.unit == "%" && $0.kind == .level }.map { share in
            var share = share
            share.subject = completionRateWord
            return share
        }
    }

    /// The header word of a completion-rate column.
    package static let completionRateWord = "完成率"

    /// The number a cell holds when it holds nothing else (`8950`, `4,629`), else nil.
    static func number(in cell: String) -> Decimal? {
        let text = cell.trimmingWhitespace().filter { $0 != "," && $0 != "，" }
        guard !text.isEmpty, text.count <= maximumDigits,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Decimal(string: text)
    }

    /// Longest bare number read (a longer run of digits is an identifier, not a figure).
    static let maximumDigits = 15

    /// The unit a task names in closing brackets (城市棚户区改造(户), 建设幼儿园（所）), if it is a known unit.
    static func bracketedUnit(of task: String) -> String? {
        let trimmed = task.trimmingWhitespace()
        guard let close = trimmed.last, close == ")" || close == "）",
              let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let inside = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        return UnitLexicon.entries.first { $0.written == inside }?.canonical
    }
}
