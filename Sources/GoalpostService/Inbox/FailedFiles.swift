import Foundation
import GoalpostCore
import GoalpostStore

#if canImport(Glibc)
import Glibc
#endif

/// Why a file went to failed/.
package enum FailureKind: String, Sendable, Codable {
    /// goalpost read it and could not make a report of it (or could not read it at all).
    case unreadable
    /// Reading it crashed goalpost's reader or passed its CPU or memory limit.
    case poison
}

/// A file in failed/ with the reason recorded beside it.
package struct FailedFile: Sendable, Equatable, Codable {
    /// The file's name in failed/.
    package var name: String
    /// The one- or two-sentence reason.
    package var reason: String
    /// When it failed (ISO-8601), if recorded.
    package var failedAt: String?
    /// Where it was dropped, relative to the inbox, for display; nil when unknown.
    package var original: String?
    /// unreadable or poison; nil when unknown (a file put there by hand).
    package var kind: FailureKind?
}

/// The failed/ folder: each failed file with `NAME.error.txt` beside it (a sentence for people)
/// and a structured record in `.goalpost-records/NAME.json` (for `retry`); retry moves files back.
///
/// Retry trusts only the record, whose values are JSON strings (a line break in a file name or
/// message cannot forge a field), and only ever moves a file to a place inside the inbox.
package struct FailedFiles: Sendable {
    package let folder: URL
    package let inbox: URL

    package init(folder: URL, inbox: URL) {
        self.folder = folder
        self.inbox = inbox
    }

    static let sidecarSuffix = ".error.txt"
    static let recordsFolder = ".goalpost-records"

    private struct Record: Codable {
        /// The path below the inbox, as reversible text (`SafeName.text(of:reversible:)`).
        var original: String
        var reason: String
        var failedAt: String
        var kind: FailureKind
    }

    /// Records `reason` and moves the claimed file into failed/ under a name derived from the one it
    /// was dropped with; returns its new place.
    @discardableResult
    package func record(_ claim: Claim, reason: String, kind: FailureKind, at time: Date = Date()) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let destination = FileMoves.uniqueDestination(in: folder, name: SafeName.fileName(from: claim.originalName))
        let safeReason = reason.messageSafe(limit: 2000)
        let stamp = Timestamp.iso8601(time)
        let record = Record(original: SafeName.text(of: claim.original, reversible: true), reason: safeReason, failedAt: stamp, kind: kind)
        let sidecar = "\(safeReason)\nfailed at \(stamp)\ndropped as \(claim.displayPath.messageSafe(limit: 400))\n"
        // Record and sidecar first: a crash before the move leaves the claim, which fails again.
        try FileMoves.writeAtomically(try JSONEncoder().encode(record), to: recordURL(destination.lastPathComponent))
        try FileMoves.writeAtomically(Data(sidecar.utf8), to: Self.sidecarURL(for: destination))
        try FileMoves.move(claim.file.url, to: destination)
        return destination
    }

    static func sidecarURL(for file: URL) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + sidecarSuffix)
    }

    private func recordURL(_ name: String) -> URL {
        folder.appendingPathComponent(Self.recordsFolder).appendingPathComponent(name + ".json")
    }

    private func readRecord(_ name: String) -> Record? {
        guard let data = try? Data(contentsOf: recordURL(name)) else { return nil }
        return try? JSONDecoder().decode(Record.self, from: data)
    }

    /// The failed files, oldest name first.
    package func list() -> [FailedFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(Self.sidecarSuffix) && !$0.hasPrefix(".") }.sorted().map(read)
    }

    private func read(_ name: String) -> FailedFile {
        if let record = readRecord(name) {
            let original = SafeName.bytes(of: record.original).map { SafeName.text(of: $0) }
            return FailedFile(name: name, reason: record.reason, failedAt: record.failedAt, original: original, kind: record.kind)
        }
        // No record (an older daemon's file, or one put here by hand): the sidecar's first line.
        let sidecar = Self.sidecarURL(for: folder.appendingPathComponent(name))
        let text = (try? String(contentsOf: sidecar, encoding: .utf8)) ?? ""
        let reason = text.split(separator: "\n").first.map(String.init) ?? "no reason recorded"
        return FailedFile(name: name, reason: reason, failedAt: nil, original: nil, kind: nil)
    }

    /// Moves the named failed files (all when `names` is nil) back into the inbox, each to the
    /// sub-folder it was dropped in when its record says so, else to the inbox's top.
    package func retry(_ names: [String]?) throws -> [URL] {
        let all = list()
        let chosen = try names.map { wanted in
            try wanted.map { name in
                guard let file = all.first(where: { $0.name == name || $0.original == name }) else {
                    throw FailedFilesError.unknown(name: name, known: all.map(\.name))
                }
                return file
            }
        } ?? all
        return try chosen.map(moveBack)
    }

    private func moveBack(_ file: FailedFile) throws -> URL {
        let source = folder.appendingPathComponent(file.name)
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let original = readRecord(file.name).flatMap { SafeName.bytes(of: $0.original) }
        let place = try InboxPlace.resolve(original ?? Array(file.name.utf8), in: inbox)
            ?? InboxPlace.resolve(Array(file.name.utf8), in: inbox)
        guard let place else { throw FailedFilesError.noPlace(name: file.name) }
        try place.moveIn(from: RawPath(source))
        try? FileManager.default.removeItem(at: Self.sidecarURL(for: source))
        try? FileManager.default.removeItem(at: recordURL(file.name))
        return place.destination.url
    }
}

/// Why a retry could not be done.
package enum FailedFilesError: Error, Equatable, CustomStringConvertible {
    case unknown(name: String, known: [String])
    case noPlace(name: String)
    case cannotMove(name: String, reason: String)

    package var description: String {
        switch self {
        case .unknown(let name, let known):
            let list = known.isEmpty ? "there are no failed files" : "failed files are \(known.joined(separator: ", "))"
            return "No failed file is named '\(name.messageSafe(limit: 120))': \(list)."
        case .noPlace(let name):
            return "Cannot retry '\(name.messageSafe(limit: 120))': there is no place for it inside the inbox."
        case .cannotMove(let name, let reason):
            return "Cannot move '\(name.messageSafe(limit: 120))' back into the inbox: \(reason)."
        }
    }
}
