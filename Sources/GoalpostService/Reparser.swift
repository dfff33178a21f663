import Foundation
import GoalpostCore
import GoalpostStore
import Logging

/// Rebuilds stored reports from their originals, keeping their identity and period.
///
/// The bytes come from the history (kept by every ingest), else, for a report stored before
/// originals were kept, from the file at its recorded source path; either way their SHA-256
/// must be the stored one. They are read by the same ``ReportFileReader`` as an ingest: size
/// limit, and pdftotext / antiword for PDF and .doc.
package struct Reparser: Sendable {
    package let store: ReportStore
    /// Rewrites the digests a reparsed current report changes; nil writes none.
    package let digests: DigestWriter?
    /// Size limits and converters, as for ingesting.
    package let reader: ReportFileReader
    /// Receives one line per conversion through an external converter.
    package let logger: Logger?

    package init(store: ReportStore, digests: DigestWriter?, reader: ReportFileReader = ReportFileReader(), logger: Logger? = nil) {
        self.store = store
        self.digests = digests
        self.reader = reader
        self.logger = logger
    }

    /// A reparser reading with the size limit of `settings`.
    package init(store: ReportStore, digests: DigestWriter?, settings: Settings, logger: Logger? = nil) {
        let reader = ReportFileReader(limits: ReaderLimits(maxFileBytes: settings.maxFileSize))
        self.init(store: store, digests: digests, reader: reader, logger: logger)
    }

    /// Reparses report `id`; the result is a line for the user or the reason it could not be done.
    package func reparse(id: Int64) -> Result<String, ReparseError> {
        do {
            guard let summary = try store.summary(id: id) else { return .failure(.message("no report with id \(id)")) }
            let original = try original(of: summary)
            let options = ParseOptions(
                fileName: summary.sourceFile, sha256: summary.sha256, region: summary.region, year: summary.year,
                asOfMonth: summary.asOfMonth)
            let report = try reader.read(original.bytes, fileName: summary.sourceFile, options: options, logger: logger)
                .report.assessed()
            try store.replaceContents(id: id, with: report, original: original.fromFile ? original.bytes : nil)
            if summary.current { try digests?.refresh(after: id) }
            return .success("reparsed \(summary.reference) (id \(id)): \(report.tasks.count) tasks")
        } catch let error as ReparseError {
            return .failure(error)
        } catch {
            return .failure(.message("\(error)"))
        }
    }

    /// The original bytes of `summary`'s report, checked against its SHA-256 and the size limit.
    private func original(of summary: ReportSummary) throws -> (bytes: [UInt8], fromFile: Bool) {
        if let size = try store.originalSize(sha256: summary.sha256) {
            if size > reader.limits.maxFileBytes {
                throw ReadError.tooLarge(file: summary.sourceFile, size: size, limit: reader.limits.maxFileBytes)
            }
            guard let bytes = try store.original(sha256: summary.sha256), SHA256.hex(bytes) == summary.sha256 else {
                throw ReparseError.damagedOriginal(report: summary.reference, id: summary.id, file: summary.sourceFile)
            }
            return (bytes, false)
        }
        guard let path = try store.sourcePath(id: summary.id), FileManager.default.fileExists(atPath: path) else {
            throw ReparseError.notKept(report: summary.reference, id: summary.id, file: summary.sourceFile)
        }
        let bytes = try reader.bytes(of: URL(fileURLWithPath: path))
        guard SHA256.hex(bytes) == summary.sha256 else {
            throw ReparseError.notTheOriginal(path: path, report: summary.reference, id: summary.id, file: summary.sourceFile)
        }
        return (bytes, true)
    }
}

/// Why a report could not be reparsed.
package enum ReparseError: Error, CustomStringConvertible {
    /// Neither the history nor the recorded source path holds the original.
    case notKept(report: String, id: Int64, file: String)
    /// The file at the recorded source path has other bytes than the report was read from.
    case notTheOriginal(path: String, report: String, id: Int64, file: String)
    /// The bytes kept in the history do not match the report's SHA-256.
    case damagedOriginal(report: String, id: Int64, file: String)
    /// Any other failure, as one sentence.
    case message(String)

    package var description: String {
        switch self {
        case .notKept(let report, let id, let file):
            return "the original of \(report) (\(file.messageSafe(limit: 120)), id \(id)) is no longer kept: "
                + "neither the history nor the path it was read from holds it; ingest the file again to replace the report."
        case .notTheOriginal(let path, let report, let id, let file):
            return "the file at '\(path.messageSafe(limit: 240))' is no longer the original of \(report) "
                + "(\(file.messageSafe(limit: 120)), id \(id)): its SHA-256 differs from the stored one; "
                + "put the original back there, or ingest the new file as a report of its own."
        case .damagedOriginal(let report, let id, let file):
            return "the original of \(report) (\(file.messageSafe(limit: 120)), id \(id)) kept in the history is damaged: "
                + "its SHA-256 differs from the stored one; restore the database from a backup."
        case .message(let text):
            return text
        }
    }
}
