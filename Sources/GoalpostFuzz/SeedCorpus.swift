import Foundation
import GoalpostCore

/// The seed files mutations start from: the test fixtures, grouped by fuzz kind.
package struct SeedCorpus: Sendable {
    /// A seed file: its name and bytes.
    package struct Seed: Sendable {
        package var name: String
        package var bytes: [UInt8]
    }

    /// Seeds per format kind, sorted by name so a seed index means the same file on every run.
    package private(set) var seeds: [FuzzKind: [Seed]] = [:]

    /// Loads `fixtures` (Tests/Fixtures): the samples at its top level, everything in `formats/`,
    /// and the real captures in `real/` (lists, key/value blocks, run-on rows, traditional text).
    package init(fixtures: URL) throws {
        let folders = [fixtures, fixtures.appendingPathComponent("formats"), fixtures.appendingPathComponent("real")]
        for folder in folders {
            guard FileManager.default.fileExists(atPath: folder.path) else { continue }
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            for name in names {
                guard name != "README.md", let kind = FuzzKind.of(fileName: name), kind != .history else { continue }
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                seeds[kind, default: []].append(Seed(name: name, bytes: Array(data)))
            }
        }
        for kind in FuzzKind.formats where seeds[kind, default: []].isEmpty {
            throw FuzzError.noSeeds(kind: kind, folder: fixtures.path)
        }
    }

    /// The seeds of `kind` (never empty for a format kind).
    package func of(_ kind: FuzzKind) -> [Seed] { seeds[kind] ?? [] }
}

/// Why a fuzz run cannot start or go on.
package enum FuzzError: Error, CustomStringConvertible {
    case noSeeds(kind: FuzzKind, folder: String)
    case cannotStartWorker(reason: String)
    case unreadableInput(file: String, reason: String)

    package var description: String {
        switch self {
        case .noSeeds(let kind, let folder): return "No \(kind.rawValue) seed files in '\(folder)'; pass --fixtures Tests/Fixtures."
        case .cannotStartWorker(let reason): return "Cannot start a fuzz worker: \(reason)."
        case .unreadableInput(let file, let reason): return "Cannot replay '\(file)': \(reason)."
        }
    }
}
