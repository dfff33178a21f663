import Foundation
import GoalpostCore
import GoalpostStore

#if canImport(Glibc)
import Glibc
#endif

/// A file the daemon took out of the inbox's view before reading it: `inbox/.goalpost-claims/ID`,
/// with `ID.json` recording where it was dropped.
///
/// Claiming is one rename on the inbox's own file system, so what is read, stored and archived is
/// one file: a file dropped later under the same name is a new file, processed on its own.
package struct Claim: Sendable, Equatable {
    /// Sortable: claims are resumed in the order they were made.
    package var id: String
    /// The claimed file.
    package var file: RawPath
    /// Where it was dropped, below the inbox (`/`-separated bytes).
    package var original: [UInt8]
    /// Size, time and inode when claimed or last seen still; nil when it could not be looked at.
    package var identity: FileIdentity?
    /// Claimed just now from a file that was complete (moved in, or still for the quiet period);
    /// false for a claim resumed at start-up or seen changing, which waits to be still again.
    package var fresh: Bool

    /// This claim seen again as `identity`: no longer fresh, it must stay still before it is read.
    package func seen(_ identity: FileIdentity?) -> Claim {
        var claim = self
        claim.identity = identity
        claim.fresh = false
        return claim
    }

    /// The name it was dropped under, as bytes.
    package var originalName: [UInt8] { RawPath(bytes: original).lastComponent }
    /// The name for messages and format detection (invalid UTF-8 bytes written `%XX`).
    package var displayName: String { SafeName.text(of: originalName) }
    /// The path below the inbox for messages.
    package var displayPath: String { SafeName.text(of: original) }

    /// The sub-folder it was dropped in (it names the region when the text does not).
    package var folderRegion: String? {
        let components = original.split(separator: 0x2F)
        return components.count > 1 ? components.dropLast().last.map { SafeName.text(of: Array($0)) } : nil
    }
}

/// What trying to claim a file gave.
package enum ClaimAttempt: Sendable, Equatable {
    case claimed(Claim)
    /// The file went away before it could be claimed.
    case gone
    /// It cannot be moved out of the inbox's view; `trouble` when the storage is to blame.
    case refused(reason: String, trouble: StorageTrouble?)
}

/// The hidden claim folder inside the inbox (the watchers and scans skip hidden folders).
package struct ClaimFolder: Sendable {
    package static let folderName = ".goalpost-claims"
    package let inbox: URL

    package init(inbox: URL) {
        self.inbox = inbox
    }

    package var folder: URL { inbox.appendingPathComponent(Self.folderName) }

    /// The record of a claim, written before the rename so a crash never loses where a file came from.
    private struct Record: Codable {
        /// The path below the inbox, as reversible text (`SafeName.text(of:reversible:)`).
        var original: String
        var claimedAt: String
    }

    /// Moves `file` into the claim folder.
    package func claim(_ file: InboxFile, at time: Date = Date()) -> ClaimAttempt {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return .refused(reason: "cannot create \(folder.path): \(error.localizedDescription)", trouble: StorageTrouble.of(error))
        }
        let id = newIdentifier(time)
        let record = Record(original: SafeName.text(of: file.relative, reversible: true), claimedAt: Timestamp.iso8601(time))
        do {
            try FileMoves.writeAtomically(try JSONEncoder().encode(record), to: recordURL(id))
        } catch {
            return .refused(reason: "cannot write its claim record: \(error.localizedDescription)", trouble: StorageTrouble.of(error))
        }
        let destination = RawPath(folder.appendingPathComponent(id))
        if let code = file.path.rename(to: destination) {
            try? FileManager.default.removeItem(at: recordURL(id))
            if code == ENOENT { return .gone }
            return .refused(reason: "cannot move it out of the inbox: \(String(cString: strerror(code)))", trouble: StorageTrouble.of(errno: code))
        }
        return .claimed(Claim(id: id, file: destination, original: file.relative, identity: destination.identity(), fresh: true))
    }

    /// The claims left by an earlier run (or waiting now), oldest first. A file without a record
    /// is resumed as if it had been dropped at the inbox's top under its claim name. Read-only:
    /// `goalpost status` calls it too.
    package func pending() -> [Claim] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var claims: [Claim] = []
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasSuffix(".json") {
            let path = RawPath(folder.appendingPathComponent(name))
            let original = readRecord(name).flatMap { SafeName.bytes(of: $0.original) } ?? Array(name.utf8)
            claims.append(Claim(id: name, file: path, original: original, identity: path.identity(), fresh: false))
        }
        return claims
    }

    /// Removes what a crash left half-done: records whose file is gone (the crash came before the
    /// rename) and temporary files. For the daemon at start-up, before it claims anything.
    package func removeLeftovers() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let present = Set(names)
        for name in names {
            let orphanRecord = name.hasSuffix(".json") && !name.hasPrefix(".") && !present.contains(String(name.dropLast(5)))
            let temporary = name.hasPrefix(".goalpost-") && name.hasSuffix(".tmp")
            if orphanRecord || temporary { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }

    /// Forgets `claim`: its file (unless it was moved away already) and its record.
    package func release(_ claim: Claim) {
        _ = claim.file.withCString { unlink($0) }
        try? FileManager.default.removeItem(at: recordURL(claim.id))
    }

    /// Forgets the record of a claim whose file was moved elsewhere.
    package func forgetRecord(_ claim: Claim) {
        try? FileManager.default.removeItem(at: recordURL(claim.id))
    }

    private func readRecord(_ id: String) -> Record? {
        guard let data = try? Data(contentsOf: recordURL(id)) else { return nil }
        return try? JSONDecoder().decode(Record.self, from: data)
    }

    private func recordURL(_ id: String) -> URL { folder.appendingPathComponent(id + ".json") }

    /// Microseconds since 1970 (fixed width, so names sort by time) and a random tail.
    private func newIdentifier(_ time: Date) -> String {
        while true {
            let micros = String(UInt64(max(time.timeIntervalSince1970, 0) * 1_000_000))
            let id = String(repeating: "0", count: max(0, 17 - micros.count)) + micros + "-"
                + String(UInt32.random(in: 0...UInt32.max), radix: 16)
            if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(id).path),
               !FileManager.default.fileExists(atPath: recordURL(id).path) { return id }
        }
    }
}
