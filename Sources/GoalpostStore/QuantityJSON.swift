import Foundation
import GoalpostCore

/// Stores quantity lists as JSON text columns (exact decimals survive as JSON numbers).
enum QuantityJSON {
    static func encode(_ quantities: [Quantity]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(quantities) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String?) -> [Quantity] {
        guard let text, let list = try? JSONDecoder().decode([Quantity].self, from: Data(text.utf8)) else { return [] }
        return list
    }
}
