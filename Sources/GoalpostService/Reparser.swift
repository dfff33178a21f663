import Foundation
import GoalpostCore
import GoalpostStore

/// Rebuilds stored reports from their kept originals, keeping their identity and period.
package struct Reparser: Sendable {
    package let store: ReportStore
    package let digests: DigestWriter

    package init(store: ReportStore, digests: DigestWriter) {
        self.store = store
        self.digests = digests
    }

    /// Reparses report `id`; the result is a line for the user or the reason it could not be done.
    package func reparse(id: Int64) -> Result<String, ReparseError> {
        do {
            guard let summary = try store.summary(id: id) else { return .failure(.message("no report with id \(id)")) }
            guard let path = try store.sourcePath(id: id), FileManager.default.fileExists(atPath: path) else {
                return .failure(.message("the original of \(summary.reference) (\(summary.sourceFile)) is no longer kept"))
            }
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let options = ParseOptions(
                fileName: summary.sourceFile, sha256: summary.sha256, region: summary.region, year: summary.year,
                asOfMonth: summary.asOfMonth)
            let report = try ReportReader.read(bytes, options: options).assessed()
            try store.replaceContents(id: id, with: report)
            if summary.current { try digests.refresh(after: id) }
            return .success("reparsed \(summary.reference) (id \(id)): \(report.tasks.count) tasks")
        } catch {
            return .failure(.message("\(error)"))
        }
    }
}

/// Why a report could not be reparsed.
package enum ReparseError: Error, CustomStringConvertible {
    case message(String)

    package var description: String {
        switch self {
        case .message(let text): return text
        }
    }
}
