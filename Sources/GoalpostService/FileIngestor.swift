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
    /// Not stored because of a passing condition of the storage (locked, full, read-only): try again later.
    case unavailable(StorageTrouble, reason: String)
}

/// A file read and parsed, not yet stored.
package enum PreparedFile: Sendable {
    /// The bytes are already in the history as this report.
    case duplicate(ReportSummary)
    /// A parsed report ready to commit, with the file's bytes (its original, kept in the history).
    case parsed(Report, bytes: [UInt8])
    /// The file cannot be ingested; the reason names it.
    case failed(reason: String)
    /// The history cannot be asked now (locked, full, read-only): try again later.
    case unavailable(StorageTrouble, reason: String)
    /// Reading it crashed the worker process or passed its CPU-time or memory limit.
    case poisoned(reason: String)
    /// The file no longer holds the bytes that were hashed: read it again once it is still.
    case changed
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
        self.parser = parser ?? InProcessParser(converter: reader.converter, logger: logger)
        self.logger = logger
    }

    /// An ingestor configured by `settings` (aliases, size limit); `parser` defaults to parsing in this process.
    package init(store: ReportStore, settings: Settings, parser: (any ReportParser)? = nil, logger: Logger? = nil) {
        let limits = ReaderLimits(maxFileBytes: settings.maxFileSize)
        self.init(store: store, aliases: settings.regionAliases, reader: ReportFileReader(limits: limits), parser: parser, logger: logger)
    }

    /// Ingests the file at `url` in one step, keeping its bytes in the history and recording `url` as where it was read.
    package func ingest(_ url: URL, hints: ParseOptions? = nil, folderRegion: String? = nil, at time: Date = Date()) -> IngestOutcome {
        switch prepare(url, hints: hints, folderRegion: folderRegion) {
        case .duplicate(let summary): return .duplicate(summary)
        case .failed(let reason), .poisoned(let reason): return .failed(reason: reason)
        case .unavailable(let trouble, let reason): return .unavailable(trouble, reason: reason)
        case .changed: return .failed(reason: IngestError.unreadable(file: url.lastPathComponent, reason: "it changed each time it was read").description)
        case .parsed(let report, let bytes): return commit(report, original: bytes, sourcePath: url.path, at: time)
        }
    }

    /// Reads and hashes `url`, then has the parser parse it unless the history holds those bytes;
    /// a folder name gives the region when the text names none. A file that changes while it is
    /// parsed is read again, up to ``readAttempts`` times.
    package func prepare(_ url: URL, hints: ParseOptions? = nil, folderRegion: String? = nil) -> PreparedFile {
        for _ in 0..<Self.readAttempts {
            let bytes: [UInt8]
            do {
                bytes = try reader.bytes(of: url)
            } catch {
                return .failed(reason: "\(error)")
            }
            let prepared = prepare(bytes: bytes, file: url, name: url.lastPathComponent, hints: hints, folderRegion: folderRegion)
            if case .changed = prepared { continue }
            return prepared
        }
        return .failed(reason: IngestError.unreadable(file: url.lastPathComponent, reason: "it changed each time it was read").description)
    }

    /// Has the parser parse `bytes`, the content of `file`, which arrived as `name` (the name messages
    /// and format detection use), unless the history holds those bytes already. The parser reads
    /// `file` itself and answers `.changed` when it no longer holds these bytes.
    package func prepare(bytes: [UInt8], file: URL, name: String, hints: ParseOptions? = nil, folderRegion: String? = nil) -> PreparedFile {
        let sha = SHA256.hex(bytes)
        do {
            if let id = try store.reportId(sha256: sha), let summary = try store.summary(id: id) {
                return .duplicate(summary)
            }
        } catch {
            if let trouble = StorageTrouble.of(error) { return .unavailable(trouble, reason: "\(error)") }
            return .failed(reason: "\(error)")
        }
        let request = ParseRequest(
            file: file.path, fileName: name, sha256: sha, folderRegion: folderRegion,
            regionAliases: aliases.table, maxFileBytes: reader.limits.maxFileBytes, hints: ParseHints(hints))
        switch parser.respond(to: request) {
        case .parsed(let report): return .parsed(report, bytes: bytes)
        case .failed(let reason): return .failed(reason: reason)
        case .poisoned(let reason): return .poisoned(reason: reason)
        case .unavailable(let trouble, let reason): return .unavailable(trouble, reason: reason)
        case .changed: return .changed
        }
    }

    /// Stores a parsed report and its original bytes (those of ``PreparedFile/parsed(_:bytes:)``) in one transaction.
    package func commit(_ report: Report, original: [UInt8], sourcePath: String?, at time: Date = Date()) -> IngestOutcome {
        do {
            switch try store.insert(report, original: original, sourcePath: sourcePath, at: time) {
            case .ingested(let id, let superseded):
                return .ingested(try readBack(id, report), supersededIds: superseded)
            case .duplicate(let id):
                return .duplicate(try readBack(id, report))
            }
        } catch {
            let reason = "Cannot store '\(report.sourceFile.messageSafe(limit: 120))': \(error)."
            if let trouble = StorageTrouble.of(error) { return .unavailable(trouble, reason: reason) }
            return .failed(reason: reason)
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
