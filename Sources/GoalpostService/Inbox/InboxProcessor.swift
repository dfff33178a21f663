import Foundation
import GoalpostCore
import GoalpostStore
import Logging

/// What happened to one claimed file.
package enum InboxResult: Sendable, Equatable {
    case ingested(ReportSummary)
    case duplicate(ReportSummary)
    case failed(reason: String)
    /// Still claimed: the storage cannot take it now (locked, full, read-only); try again after a pause.
    case unavailable(StorageTrouble, reason: String)
    /// Still claimed: it changed after it was claimed or while it was read; try again once it has
    /// been still for the quiet period.
    case unsettled(Claim)
    /// Nothing to do: gone, ignored, or not in the inbox.
    case skipped
}

/// Takes one inbox file through claim, read, hash, parse, one transaction, digest and archive —
/// or into failed/.
///
/// The file is first renamed into the claim folder, so what is read, stored and archived is one
/// file, whatever arrives under its name meanwhile. The archive gets exactly the bytes that were
/// read and hashed, and the claim is let go only after the transaction committed and only if the
/// file did not change since it was read: a crash at any point leaves either the claim (resumed at
/// start-up, found as a duplicate if it committed) or the report stored and the file archived.
package struct InboxProcessor: Sendable {
    package let ingestor: FileIngestor
    /// Makes digests in worker processes: a report whose digest crashes one is skipped, not the daemon.
    package let digests: IsolatedDigests
    package let failed: FailedFiles
    package let scanner: InboxScanner
    package let claims: ClaimFolder
    package let archive: URL
    package let logger: Logger
    let quietPeriod: Double
    let maxFileSize: Int

    package init(settings: Settings, store: ReportStore, logger: Logger) {
        ingestor = FileIngestor.isolated(store: store, settings: settings, logger: logger)
        digests = settings.isolatedDigests()
        failed = FailedFiles(folder: settings.failed, inbox: settings.inbox)
        scanner = InboxScanner(inbox: settings.inbox)
        claims = ClaimFolder(inbox: settings.inbox)
        archive = settings.archive
        quietPeriod = settings.quietPeriod
        maxFileSize = settings.maxFileSize
        self.logger = logger
    }

    /// Claims the inbox file at `path`, which a scan saw still as `seen` (nil: a watcher reported it
    /// complete). A file that changed since it was seen is claimed but must be still before it is read.
    package func claim(_ path: RawPath, seen: FileIdentity? = nil) -> ClaimAttempt {
        guard let file = scanner.file(at: path) else { return .gone }
        let attempt = claims.claim(file)
        guard case .claimed(var claim) = attempt else { return attempt }
        if let seen, let identity = claim.identity, !identity.sameContent(as: seen) {
            if identity.inode != seen.inode {
                logger.notice("'\(claim.displayPath.messageSafe(limit: 200))' was replaced after it was seen; the version that arrived last is read")
            }
            claim = claim.seen(identity)
        }
        return .claimed(claim)
    }

    /// Processes `claim`; never throws, every problem becomes a result.
    package func process(_ claim: Claim) -> InboxResult {
        guard let identity = claim.file.identity() else {
            claims.forgetRecord(claim)
            return .skipped
        }
        switch identity.kind {
        case .symbolicLink:
            return fail(claim, "Cannot read '\(claim.displayName.messageSafe(limit: 120))': it is a symbolic link, which goalpost does not follow; copy the file into the inbox instead.")
        case .regular: break
        default:
            return fail(claim, "Cannot read '\(claim.displayName.messageSafe(limit: 120))': it is not a regular file.")
        }
        if let unsettled = unsettled(claim, now: identity) { return unsettled }
        switch ClaimReader.read(claim.file, limit: maxFileSize) {
        case .gone:
            claims.forgetRecord(claim)
            return .skipped
        case .changed(let now):
            return .unsettled(claim.seen(now))
        case .tooLarge(let size):
            return fail(claim, ReadError.tooLarge(file: claim.displayName, size: Int(clamping: size), limit: maxFileSize).description)
        case .unreadable(let reason, let trouble):
            let sentence = "Cannot read '\(claim.displayName.messageSafe(limit: 120))': \(reason)."
            if let trouble { return .unavailable(trouble, reason: sentence) }
            return fail(claim, sentence)
        case .bytes(let bytes, let read):
            return ingest(claim, bytes: bytes, read: read)
        }
    }

    /// A claim that must wait: it changed since it was seen, or it was not claimed just now and has
    /// not been still for the quiet period (a writer may still have it open).
    private func unsettled(_ claim: Claim, now identity: FileIdentity) -> InboxResult? {
        if let seen = claim.identity, !seen.sameContent(as: identity) { return .unsettled(claim.seen(identity)) }
        if !claim.fresh, identity.age() < quietPeriod { return .unsettled(claim.seen(identity)) }
        return nil
    }

    private func ingest(_ claim: Claim, bytes: [UInt8], read: FileIdentity) -> InboxResult {
        let started = Date()
        switch ingestor.prepare(bytes: bytes, file: claim.file.url, name: claim.displayName, folderRegion: claim.folderRegion) {
        case .failed(let reason):
            return fail(claim, reason)
        case .poisoned(let reason):
            return fail(claim, reason, kind: .poison)
        case .changed:
            return .unsettled(claim.seen(nil))
        case .unavailable(let trouble, let reason):
            return .unavailable(trouble, reason: reason)
        case .duplicate(let summary):
            return archiveDuplicate(claim, bytes: bytes, read: read, summary: summary)
        case .parsed(let report, _):
            // Parsing takes time: bytes that changed meanwhile are not the ones to store.
            guard claim.file.identity().map({ $0.sameContent(as: read) }) == true else { return .unsettled(claim.seen(nil)) }
            return store(report, claim: claim, bytes: bytes, read: read, started: started)
        }
    }

    private func store(_ report: Report, claim: Claim, bytes: [UInt8], read: FileIdentity, started: Date) -> InboxResult {
        let destination = FileMoves.uniqueDestination(in: archiveFolder(report.region, report.year), name: SafeName.fileName(from: claim.originalName))
        switch ingestor.commit(report, original: bytes, sourcePath: destination.path) {
        case .failed(let reason):
            return fail(claim, reason)
        case .unavailable(let trouble, let reason):
            return .unavailable(trouble, reason: reason)
        case .duplicate(let summary):
            return archiveDuplicate(claim, bytes: bytes, read: read, summary: summary)
        case .ingested(let summary, _):
            writeDigest(summary)
            if let waiting = archiveAndRelease(claim, bytes: bytes, read: read, to: destination) { return waiting }
            logger.info("ingested \(claim.displayPath.messageSafe(limit: 200))", metadata: [
                "report.path": "\(claim.displayPath.messageSafe(limit: 200))", "report.region": "\(summary.region)",
                "report.year": "\(summary.year)", "report.asOfMonth": "\(summary.asOfMonth)", "report.id": "\(summary.id)",
                "report.sha256": "\(summary.sha256)", "tasks.count": "\(summary.tasks)",
                "duration.ms": "\(Int(Date().timeIntervalSince(started) * 1000))",
            ])
            return .ingested(summary)
        }
    }

    /// Known bytes: archived where their report says (a crash may have stopped the first archiving),
    /// else beside it (a copy dropped again is archived too).
    private func archiveDuplicate(_ claim: Claim, bytes: [UInt8], read: FileIdentity, summary: ReportSummary) -> InboxResult {
        let recorded = (try? ingestor.store.sourcePath(id: summary.id)).flatMap { $0 }.map(URL.init(fileURLWithPath:))
        let destination: URL
        if let recorded, recorded.path.hasPrefix(archive.path + "/"), !FileManager.default.fileExists(atPath: recorded.path) {
            destination = recorded
        } else {
            destination = FileMoves.uniqueDestination(in: archiveFolder(summary.region, summary.year), name: SafeName.fileName(from: claim.originalName))
        }
        writeMissingDigests(region: summary.region)
        if let waiting = archiveAndRelease(claim, bytes: bytes, read: read, to: destination) { return waiting }
        logger.info("duplicate \(claim.displayPath.messageSafe(limit: 200)) of report \(summary.id)", metadata: [
            "report.id": "\(summary.id)", "report.sha256": "\(summary.sha256)",
        ])
        return .duplicate(summary)
    }

    /// Writes the bytes that were read into the archive, then lets the claim go — unless the file
    /// changed after it was read: then its new content stays claimed, to be read as a new file.
    /// A write the storage refuses (full, read-only) keeps the claim and says so: the file is tried
    /// again, found as a duplicate, and archived then.
    private func archiveAndRelease(_ claim: Claim, bytes: [UInt8], read: FileIdentity, to destination: URL) -> InboxResult? {
        do {
            try FileMoves.writeAtomically(Data(bytes), to: destination)
        } catch {
            let reason = "Cannot archive '\(claim.displayPath.messageSafe(limit: 200))': \(error.localizedDescription)."
            if let trouble = StorageTrouble.of(error) { return .unavailable(trouble, reason: reason) }
            logger.error("\(reason) It stays claimed and is archived at the next try.")
            return nil
        }
        releaseIfUnchanged(claim, read: read)
        return nil
    }

    /// Lets the claim go unless the file changed after it was read (then it is read again as a new file).
    private func releaseIfUnchanged(_ claim: Claim, read: FileIdentity) {
        guard claim.file.identity().map({ $0.sameContent(as: read) }) == true else {
            logger.notice("'\(claim.displayPath.messageSafe(limit: 200))' changed after it was read; its new content is read as a new file")
            return
        }
        claims.release(claim)
    }

    private func fail(_ claim: Claim, _ reason: String, kind: FailureKind = .unreadable) -> InboxResult {
        do {
            try failed.record(claim, reason: reason, kind: kind)
            claims.forgetRecord(claim)
        } catch {
            if let trouble = StorageTrouble.of(error) {
                return .unavailable(trouble, reason: "Cannot move '\(claim.displayPath.messageSafe(limit: 200))' to failed/: \(error.localizedDescription).")
            }
            logger.error("cannot move \(claim.displayPath.messageSafe(limit: 200)) to failed/: \(error.localizedDescription)")
        }
        logger.warning("failed \(claim.displayPath.messageSafe(limit: 200))", metadata: [
            "report.path": "\(claim.displayPath.messageSafe(limit: 200))", "error": "\(reason)", "failure.kind": "\(kind.rawValue)",
        ])
        return .failed(reason: reason)
    }

    private func archiveFolder(_ region: String, _ year: Int) -> URL {
        archive.appendingPathComponent(RegionFolder.name(region)).appendingPathComponent(String(year))
    }

    /// Writes the missing digests of `region` (all regions when nil); a report whose digest cannot
    /// be made is logged and skipped.
    package func writeMissingDigests(region: String?) {
        do {
            logSkipped(try digests.writeMissing(region: region))
        } catch {
            logger.error("cannot write the digests of \(region ?? "every region"): \(error); they are written at the next start")
        }
    }

    private func writeDigest(_ summary: ReportSummary) {
        do {
            logSkipped(try digests.refresh(after: summary.id))
        } catch {
            logger.error("cannot write the digest of report \(summary.id): \(error); it is written at the next start")
        }
    }

    private func logSkipped(_ skipped: [SkippedDigest]) {
        for digest in skipped {
            logger.warning("the digest of report \(digest.reportId) cannot be made: \(digest.reason); skipped", metadata: ["report.id": "\(digest.reportId)"])
        }
    }
}
