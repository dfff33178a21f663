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

/// A file read and parsed, not yet stored.
package enum PreparedFile: Sendable {
    /// The bytes are already in the history as this report.
    case duplicate(ReportSummary)
    /// A parsed report ready to commit.
    case parsed(Report)
    /// The file cannot be ingested; the reason names it.
    case failed(reason: String)
}

/// Reads, parses, assesses and stores report files: the one pipeline behind `goalpost ingest` and goalpostd.
package struct FileIngestor: Sendable {
    package let store: ReportStore
    /// Canonical region names for inferred or folder-given names.
    package let aliases: RegionAliases
    /// Reads each file's bytes (refusing files over the size limit) to hash them.
    package let reader: ReportFileReader
    /// Parses and assesses the bytes: in this process, or in a resource-limited worker.
    package let parser: any ReportParser
    /// Receives one line per conversion through an external converter.
    package let logger: Logger?

    /// How often a file that changes while it is parsed is read again before it fails.
    static let readAttempts = 3

    package init(
        store: ReportStore, aliases: [String: String] = [:], reader: ReportFileReader = ReportFileReader(),
        parser: (any ReportParser)? = nil, logger: Logger? = nil
    ) {
        self.store = store
        self.aliases = RegionAliases(aliases)
        self.reader = reader
        self.parser = parser ?? InProcessParser(logger: logger)
        self.logger = logger
    }

    /// An ingestor configured by `settings` (aliases, size limit); `parser` defaults to parsing in this process.
    package init(store: ReportStore, settings: Settings, parser: (any ReportParser)? = nil, logger: Logger? = nil) {
        let limits = ReaderLimits(maxFileBytes: settings.maxFileSize)
        self.init(store: store, aliases: settings.regionAliases, reader: ReportFileReader(limits: limits), parser: parser, logger: logger)
    }

    /// Ingests the file at `url` in one step, recording `url` as where the original is kept.
    package func ingest(_ url: URL, hints: ParseOptions? = nil, folderRegion: String? = nil, at time: Date = Date()) -> IngestOutcome {
        switch prepare(url, hints: hints, folderRegion: folderRegion) {
        case .duplicate(let summary): return .duplicate(summary)
        case .failed(let reason): return .failed(reason: reason)
        case .parsed(let report): return commit(report, sourcePath: url.path, at: time)
        }
    }

    /// Reads and hashes `url`, then has the parser parse it unless the history holds those bytes;
    /// a folder name gives the region when the text names none.
    package func prepare(_ url: URL, hints: ParseOptions? = nil, folderRegion: String? = nil) -> PreparedFile {
        for _ in 0..<Self.readAttempts {
            switch readAndParse(url, hints: hints, folderRegion: folderRegion) {
            case .some(let prepared): return prepared
            case .none: continue
            }
        }
        return .failed(reason: IngestError.unreadable(file: url.lastPathComponent, reason: "it changed each time it was read").description)
    }

    /// One attempt of ``prepare(_:hints:folderRegion:)``; nil when the file changed between the two reads.
    private func readAndParse(_ url: URL, hints: ParseOptions?, folderRegion: String?) -> PreparedFile? {
        do {
            let bytes = try reader.bytes(of: url)
            let sha = SHA256.hex(bytes)
            if let id = try store.reportId(sha256: sha), let summary = try store.summary(id: id) {
                return .duplicate(summary)
            }
            switch parser.respond(to: request(url, sha256: sha, hints: hints, folderRegion: folderRegion)) {
            case .parsed(let report): return .parsed(report)
            case .failed(let reason): return .failed(reason: reason)
            case .changed: return nil
            }
        } catch {
            return .failed(reason: "\(error)")
        }
    }

    /// The parse request for `url`, whose bytes hash to `sha256`.
    package func request(_ url: URL, sha256: String, hints: ParseOptions? = nil, folderRegion: String? = nil) -> ParseRequest {
        ParseRequest(
            file: url.path, fileName: url.lastPathComponent, sha256: sha256, folderRegion: folderRegion,
            regionAliases: aliases.table, maxFileBytes: reader.limits.maxFileBytes, hints: ParseHints(hints))
    }

    /// Stores a parsed report in one transaction.
    package func commit(_ report: Report, sourcePath: String?, at time: Date = Date()) -> IngestOutcome {
        do {
            switch try store.insert(report, sourcePath: sourcePath, at: time) {
            case .ingested(let id, let superseded):
                return .ingested(try readBack(id, report), supersededIds: superseded)
            case .duplicate(let id):
                return .duplicate(try readBack(id, report))
            }
        } catch {
            return .failed(reason: "Cannot store '\(report.sourceFile.messageSafe(limit: 120))': \(error).")
        }
    }

    private func readBack(_ id: Int64, _ report: Report) throws -> ReportSummary {
        guard let summary = try store.summary(id: id) else {
            throw IngestError.unreadable(file: report.sourceFile, reason: "report \(id) vanished after commit")
        }
        return summary
    }
}

/// Why a file could not even be read from disk.
package enum IngestError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)

    package var description: String {
        switch self {
        case .unreadable(let file, let reason): return "Cannot read '\(file.messageSafe(limit: 120))': \(reason)."
        }
    }
}
