/// Why the history database could not answer.
package enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case schemaTooOld(path: String)
    case unknownReport(reference: String, candidates: [String])
    case ambiguousReport(reference: String, candidates: [String])
    case unknownTask(reference: String)
    case badReference(reference: String)

    package var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "Cannot open the history database '\(path)': \(reason)."
        case .schemaTooOld(let path):
            return "The history database '\(path)' has an older schema: run 'goalpost ingest' or start goalpostd once to upgrade it."
        case .unknownReport(let reference, let candidates):
            return "No report matches '\(reference)'" + Self.list(candidates)
        case .ambiguousReport(let reference, let candidates):
            return "The reference '\(reference)' matches several reports" + Self.list(candidates)
        case .unknownTask(let reference):
            return "No task matches '\(reference)' (use REPORT#NUMBER or task:ID)."
        case .badReference(let reference):
            return "'\(reference)' is not a report reference (use an id, id:N, REGION/YEAR, REGION/YEAR-MM, YEAR or YEAR-MM)."
        }
    }

    private static func list(_ candidates: [String]) -> String {
        candidates.isEmpty ? "." : ": candidates are \(candidates.prefix(20).joined(separator: ", "))."
    }
}
