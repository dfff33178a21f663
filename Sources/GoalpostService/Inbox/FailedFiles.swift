import Foundation
import GoalpostStore

/// A file in failed/ with the reason recorded beside it.
package struct FailedFile: Sendable, Equatable, Codable {
    /// The file's name in failed/.
    package var name: String
    /// The one- or two-sentence reason.
    package var reason: String
    /// When it failed (ISO-8601), if recorded.
    package var failedAt: String?
    /// Where it was in the inbox, relative to the inbox (keeps the region sub-folder for retry).
    package var original: String?
}

/// The failed/ folder: each failed file with `NAME.error.txt` beside it; retry moves files back.
package struct FailedFiles: Sendable {
    package let folder: URL
    package let inbox: URL

    package init(folder: URL, inbox: URL) {
        self.folder = folder
        self.inbox = inbox
    }

    static let sidecarSuffix = ".error.txt"

    /// Records `reason` and moves `file` (at `relativePath` in the inbox) into failed/; returns its new place.
    @discardableResult
    package func record(_ file: URL, relativePath: String, reason: String, at time: Date = Date()) throws -> URL {
        let destination = FileMoves.uniqueDestination(in: folder, name: file.lastPathComponent)
        // The reason is one line whatever a message quoted, so it cannot forge the lines after it.
        let sidecar = "\(reason.messageSafe(limit: 2000))\nfailed at \(Timestamp.iso8601(time))\noriginal: \(relativePath)\n"
        // The sidecar goes first: a crash between the two steps leaves the file in the inbox to fail again.
        try FileMoves.writeAtomically(Data(sidecar.utf8), to: Self.sidecarURL(for: destination))
        try FileMoves.move(file, to: destination)
        return destination
    }

    static func sidecarURL(for file: URL) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + sidecarSuffix)
    }

    /// The failed files, oldest name first.
    package func list() -> [FailedFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(Self.sidecarSuffix) && !$0.hasPrefix(".") }.sorted().map(read)
    }

    private func read(_ name: String) -> FailedFile {
        let sidecar = Self.sidecarURL(for: folder.appendingPathComponent(name))
        let lines = ((try? String(contentsOf: sidecar, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        let failedAt = lines.first { $0.hasPrefix("failed at ") }.map { String($0.dropFirst(10)) }
        let original = lines.first { $0.hasPrefix("original: ") }.map { String($0.dropFirst(10)) }
        let reason = lines.filter { !$0.hasPrefix("failed at ") && !$0.hasPrefix("original: ") }.joined(separator: " ")
        return FailedFile(name: name, reason: reason.isEmpty ? "no reason recorded" : reason, failedAt: failedAt, original: original)
    }

    /// Moves the named failed files (all when `names` is nil) back to their place in the inbox.
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
        let relative = file.original ?? file.name
        let original = inbox.appendingPathComponent(relative)
        let destination = FileMoves.uniqueDestination(in: original.deletingLastPathComponent(), name: original.lastPathComponent)
        let source = folder.appendingPathComponent(file.name)
        try FileMoves.move(source, to: destination)
        try? FileManager.default.removeItem(at: Self.sidecarURL(for: source))
        return destination
    }
}

/// Why a retry could not be done.
package enum FailedFilesError: Error, Equatable, CustomStringConvertible {
    case unknown(name: String, known: [String])

    package var description: String {
        switch self {
        case .unknown(let name, let known):
            let list = known.isEmpty ? "there are no failed files" : "failed files are \(known.joined(separator: ", "))"
            return "No failed file is named '\(name)': \(list)."
        }
    }
}
