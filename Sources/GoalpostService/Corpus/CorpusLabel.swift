import Foundation
import GoalpostCore

/// A careful reader's judgement of one row of a corpus capture (`labels.json`, keyed by file name,
/// a list of rows each; keys starting with `_` are notes).
package struct CorpusLabel: Decodable, Sendable, Equatable {
    /// The row's number in the table.
    package var no: Int?
    /// The first characters of the task text, to find the row among those read.
    package var task: String
    /// The outcome status (`OutcomeStatus` raw values).
    package var status: String
    /// The schedule judgement for a report before month 12, else nil.
    package var schedule: String?
    /// The evidence in one sentence.
    package var statusNote: String?
    /// `high` when any careful reader would agree.
    package var confidence: String?

    /// True when any careful reader would agree.
    package var isHighConfidence: Bool { confidence == "high" }

    /// The labels of `folder/labels.json`, by file name.
    package static func load(from folder: URL) throws -> [String: [CorpusLabel]] {
        try CorpusFile.entries(
            "labels.json", in: folder, missing: .noLabels(folder: folder.path),
            badEntry: "is not a list of rows with task and status")
    }
}
