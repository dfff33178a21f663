import Foundation
import GoalpostCore
import GoalpostStore

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

    package init(store: ReportStore) {
        self.store = store
    }

    /// Ingests the file at `url`; `hints` carries forced region, year or month. Never throws: failures are outcomes.
    package func ingest(_ url: URL, hints: ParseOptions? = nil, at time: Date = Date()) -> IngestOutcome {
        let name = url.lastPathComponent
        do {
            let bytes = try readBytes(url)
            let sha = SHA256.hex(bytes)
            if let id = try store.reportId(sha256: sha), let summary = try store.summary(id: id) {
                return .duplicate(summary)
            }
            var options = hints ?? ParseOptions(fileName: name)
            options.fileName = name
            options.sha256 = sha
            let report = try ReportReader.read(bytes, options: options)
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

    private func readBytes(_ url: URL) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw IngestError.unreadable(file: url.lastPathComponent, reason: (error as NSError).localizedDescription)
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
