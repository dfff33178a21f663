import GoalpostCore

/// What parsing one file gave: the same answer whether it ran in this process or in a worker.
package enum ParseResponse: Codable, Sendable, Equatable {
    /// The report, parsed and assessed, with its canonical region.
    case parsed(Report)
    /// The file cannot be ingested; the one-sentence reason names it.
    case failed(reason: String)
    /// The bytes read differ from those the request's hash describes: the file changed meanwhile.
    case changed
}
