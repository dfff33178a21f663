import Foundation
import GoalpostCore

/// How statuses look in a terminal: coloured when stdout is a terminal and NO_COLOR is not set.
enum StatusStyle {
    static var colours: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    private static let codes: [OutcomeStatus: String] = [
        .exceeded: "32;1", .met: "32", .partial: "33", .inProgress: "36", .ongoing: "34", .unclear: "90",
    ]

    /// The status name, coloured when colours are on; "" for no status.
    static func label(_ status: OutcomeStatus?, overridden: Bool = false) -> String {
        guard let status else { return "" }
        let text = status.rawValue + (overridden ? "*" : "")
        guard colours, let code = codes[status] else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// A delivered share as a percentage, "" when unknown.
    static func share(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))%" } ?? ""
    }
}
