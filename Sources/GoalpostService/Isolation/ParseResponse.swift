import GoalpostCore
import GoalpostStore

/// What parsing one file gave: the same answer whether it ran in this process or in a worker.
package enum ParseResponse: Codable, Sendable, Equatable {
    /// The report, parsed and assessed, with its canonical region.
    case parsed(Report)
    /// The file cannot be ingested; the one-sentence reason names it.
    case failed(reason: String)
    /// The bytes read differ from those the request's hash describes: the file changed meanwhile.
    case changed
    /// The worker died reading it (a crash, or past its CPU-time or memory limit): the file is poison.
    /// Made by the parent, never sent by a worker.
    case poisoned(reason: String)
    /// A passing condition, not the file's fault: the storage is full or read-only (say, for a
    /// converter's temporary copy), or no worker could be started. Try again later.
    case unavailable(StorageTrouble, reason: String)
}
