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
}

/// Reads, parses, assesses and stores report files: the one pipeline behind `goalpost ingest` and goalpostd.
package struct FileIngestor: Sendable {
    package let store: ReportStore
    /// Canonical region names for inferred or folder-given names.
    package let aliases: RegionAliases
    /// Size limits and converters used to read each file.
    package let reader: ReportFileReader
    /// Receives one line per conversion through an external converter.
    package let logger: Logger?

    package init(store: ReportStore, aliases: [String: String] = [:], reader: ReportFileReader = ReportFileReader(), logger: Logger? = nil) {
        self.store = store
        self.aliases = RegionAliases(aliases)
        self.reader = reader
        self.logger = logger
    }

    /// An ingestor configured by `settings` (aliases, size limit).
    package init(store: ReportStore, settings: Settings, logger: Logger? = nil) {
        let limits = ReaderLimits(maxFileBytes: settings.maxFileSize)
        self.init(store: store, aliases: settings.regionAliases, reader: ReportFileReader(limits: limits), logger: logger)
    }

    /// Ingests the file at `url` in one step, keeping its bytes in the history and recording `url` as where it was read.
    package func ingest(_ url: URL, hints: ParseOptions? = nil, folderRegion: String? = nil, at time: Date = Date()) -> IngestOutcome {
        switch prepare(url, hints: hints, folderRegion: folderRegion) {
        case .duplicate(let summary): return .duplicate(summary)
        case .failed(let reason): return .failed(reason: reason)
        case .unavailable(let trouble, let reason): return .unavailable(trouble, reason: reason)
        case .parsed(let report, let bytes): return commit(report, original: bytes, sourcePath: url.path, at: time)
        }
    }

    /// Reads and parses `url`; a folder name gives the region when the text names none.
    package func prepare(_ url: URL, hints: ParseOptions? = nil, folderRegion: String? = nil) -> PreparedFile {
        do {
            return prepare(bytes: try reader.bytes(of: url), name: url.lastPathComponent, hints: hints, folderRegion: folderRegion)
        } catch {
            return .failed(reason: "\(error)")
        }
    }

    /// Parses `bytes`, the content of a file that arrived as `name` (the name messages and format
    /// detection use); a folder name gives the region when the text names none.
    package func prepare(bytes: [UInt8], name: String, hints: ParseOptions? = nil, folderRegion: String? = nil) -> PreparedFile {
        do {
            let sha = SHA256.hex(bytes)
            if let id = try store.reportId(sha256: sha), let summary = try store.summary(id: id) {
                return .duplicate(summary)
            }
            var options = hints ?? ParseOptions(fileName: name)
            options.fileName = name
            options.sha256 = sha
            var report = try parse(name: name, bytes: bytes, options: options, folderRegion: folderRegion)
            report.region = aliases.canonical(report.region).trimmingWhitespace()
            guard RegionFolder.isUsable(report.region) else { throw ParseError.unusableRegion(file: name, region: report.region) }
            return .parsed(report.assessed(), bytes: bytes)
        } catch {
            if let trouble = StorageTrouble.of(error) { return .unavailable(trouble, reason: "\(error)") }
            return .failed(reason: "\(error)")
        }
    }

    private func parse(name: String, bytes: [UInt8], options: ParseOptions, folderRegion: String?) throws -> Report {
        do {
            return try reader.read(bytes, fileName: name, options: options, logger: logger).report
        } catch ParseError.noRegion {
            guard let folderRegion else { throw ParseError.noRegion(file: name) }
            var withFolder = options
            withFolder.region = aliases.canonical(folderRegion)
            return try reader.read(bytes, fileName: name, options: withFolder, logger: logger).report
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
