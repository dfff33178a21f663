import Foundation
import GoalpostCore
import GoalpostStore
import Logging

/// What happened to one inbox file.
package enum InboxResult: Sendable, Equatable {
    case ingested(ReportSummary)
    case duplicate(ReportSummary)
    case failed(reason: String)
    /// Left alone: gone, ignored, a folder, or outside the inbox.
    case skipped
}

/// Takes one inbox file through hash, parse, one transaction, digest, archive — or into failed/.
///
/// The original leaves the inbox only after its transaction committed, so a crash at any point
/// leaves either the file in the inbox (processed again, found as a duplicate if it committed)
/// or the report stored and the file archived.
package struct InboxProcessor: Sendable {
    package let ingestor: FileIngestor
    package let digests: DigestWriter
    package let failed: FailedFiles
    package let scanner: InboxScanner
    package let archive: URL
    package let logger: Logger

    package init(settings: Settings, store: ReportStore, logger: Logger) {
        ingestor = FileIngestor(store: store, settings: settings, logger: logger)
        digests = DigestWriter(history: RegionHistory(store: store, categoryAliases: settings.categoryAliases), folder: settings.digests)
        failed = FailedFiles(folder: settings.failed, inbox: settings.inbox)
        scanner = InboxScanner(inbox: settings.inbox)
        archive = settings.archive
        self.logger = logger
    }

    /// Processes the file at `url`; never throws, every problem becomes a result.
    package func process(_ url: URL) -> InboxResult {
        guard let relative = scanner.relativePath(of: url), !IgnoredNames.default.isIgnored(fileName: url.lastPathComponent) else { return .skipped }
        if FileMoves.isSymlink(url) {
            return fail(url, relative, "Cannot read '\(url.lastPathComponent)': it is a symbolic link, which goalpost does not follow; copy the file into the inbox instead.")
        }
        guard FileMoves.isRegularFile(url) else { return .skipped }
        let started = Date()
        let folderRegion = relative.contains("/") ? url.deletingLastPathComponent().lastPathComponent : nil
        switch ingestor.prepare(url, folderRegion: folderRegion) {
        case .failed(let reason):
            return fail(url, relative, reason)
        case .duplicate(let summary):
            return archiveDuplicate(url, summary: summary)
        case .parsed(let report, let bytes):
            return store(report, bytes, from: url, relative: relative, started: started)
        }
    }

    private func store(_ report: Report, _ bytes: [UInt8], from url: URL, relative: String, started: Date) -> InboxResult {
        let destination = FileMoves.uniqueDestination(in: archiveFolder(report.region, report.year), name: url.lastPathComponent)
        switch ingestor.commit(report, original: bytes, sourcePath: destination.path) {
        case .failed(let reason):
            return fail(url, relative, reason)
        case .duplicate(let summary):
            return archiveDuplicate(url, summary: summary)
        case .ingested(let summary, _):
            writeDigest(summary)
            moveToArchive(url, destination)
            logger.info("ingested \(relative)", metadata: [
                "report.path": "\(relative)", "report.region": "\(summary.region)", "report.year": "\(summary.year)",
                "report.asOfMonth": "\(summary.asOfMonth)", "report.id": "\(summary.id)", "tasks.count": "\(summary.tasks)",
                "duration.ms": "\(Int(Date().timeIntervalSince(started) * 1000))",
            ])
            return .ingested(summary)
        }
    }

    /// A known file: archived where its report says (a crash may have stopped the first move), else beside it.
    private func archiveDuplicate(_ url: URL, summary: ReportSummary) -> InboxResult {
        let recorded = (try? ingestor.store.sourcePath(id: summary.id)).flatMap { $0 }.map(URL.init(fileURLWithPath:))
        let destination: URL
        if let recorded, recorded.path.hasPrefix(archive.path + "/"), !FileManager.default.fileExists(atPath: recorded.path) {
            destination = recorded
        } else {
            destination = FileMoves.uniqueDestination(in: archiveFolder(summary.region, summary.year), name: url.lastPathComponent)
        }
        writeMissingDigests(region: summary.region)
        moveToArchive(url, destination)
        logger.info("duplicate \(url.lastPathComponent) of report \(summary.id)", metadata: ["report.id": "\(summary.id)"])
        return .duplicate(summary)
    }

    private func fail(_ url: URL, _ relative: String, _ reason: String) -> InboxResult {
        do {
            try failed.record(url, relativePath: relative, reason: reason)
        } catch {
            logger.error("cannot move \(relative) to failed/: \(error)")
        }
        logger.warning("failed \(relative)", metadata: ["report.path": "\(relative)", "error": "\(reason)"])
        return .failed(reason: reason)
    }

    private func archiveFolder(_ region: String, _ year: Int) -> URL {
        archive.appendingPathComponent(RegionFolder.name(region)).appendingPathComponent(String(year))
    }

    private func writeMissingDigests(region: String) {
        do {
            try digests.writeMissing(region: region)
        } catch {
            logger.error("cannot write the digests of \(region): \(error); they are written at the next start")
        }
    }

    private func writeDigest(_ summary: ReportSummary) {
        do {
            try digests.refresh(after: summary.id)
        } catch {
            logger.error("cannot write the digest of report \(summary.id): \(error); it is written at the next start")
        }
    }

    private func moveToArchive(_ url: URL, _ destination: URL) {
        do {
            try FileMoves.move(url, to: destination)
        } catch {
            logger.error("cannot archive \(url.lastPathComponent): \(error); it stays in the inbox and is archived at the next scan")
        }
    }
}
