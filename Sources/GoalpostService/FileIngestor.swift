import Foundation
import GoalpostCore
import GoalpostStore
import Logging

/// What ingesting one file did.
package enum IngestOutcome: Sendable, Equatable {
    /// Stored as a new report (or a new edition).
    case ingested(ReportSummary, supersededIds: [Int64])
    /// The same bytes were stored before as this report.
    case duplicate(ReportSummary)
    /// Not stored; the one-sentence reason names the file.
    case failed(reason: String)
}

/// Reads, parses and stores report files, one database transaction per file.
package struct FileIngestor: Sendable {
    package let store: ReportStore
    /// Size limits and converters used to read each file.
    package let reader: ReportFileReader
    /// Receives one line per conversion through an external converter.
    package let logger: Logger?

    package init(store: ReportStore, reader: ReportFileReader = ReportFileReader(), logger: Logger? = nil) {
        self.store = store
        self.reader = reader
        self.logger = logger
    }

    /// Ingests the file at `url`; `hints` carries forced region, year or month. Never throws: failures are outcomes.
    package func ingest(_ url: URL, hints: ParseOptions? = nil, at time: Date = Date()) -> IngestOutcome {
        let name = url.lastPathComponent
        do {
            let bytes = try reader.bytes(of: url)
            let sha = SHA256.hex(bytes)
            if let id = try store.reportId(sha256: sha), let summary = try store.summary(id: id) {
                return .duplicate(summary)
            }
            var options = hints ?? ParseOptions(fileName: name)
            options.fileName = name
            options.sha256 = sha
            let report = try reader.read(url, bytes: bytes, options: options, logger: logger).report
            switch try store.insert(report, at: time) {
            case .ingested(let id, let superseded):
                guard let summary = try store.summary(id: id) else { return .failed(reason: "Cannot read back '\(name)'.") }
                return .ingested(summary, supersededIds: superseded)
            case .duplicate(let id):
                guard let summary = try store.summary(id: id) else { return .failed(reason: "Cannot read back '\(name)'.") }
                return .duplicate(summary)
            }
        } catch {
            return .failed(reason: "\(error)")
        }
    }
}

/// Why a file could not even be read from disk.
package enum IngestError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)

    package var description: String {
        switch self {
        case .unreadable(let file, let reason): return "Cannot read '\(file)': \(reason)."
        }
    }
}
