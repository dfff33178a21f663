import Foundation

/// A folder's true links between reports of one region (`answer-key.json`), written by a careful
/// reader before the matcher is run on them.
///
/// `files` names each period's file (`"2024"`, `"2025-06"`); `links` gives, per compared pair
/// `"A->B"`, the true links as `[earlier number, later number]`. The optional parts say, per pair,
/// which earlier tasks are truly dropped while unfinished, which are dropped otherwise, which links
/// only a shared name ties, and how the goal categories changed.
package struct LinkAnswerKey: Decodable, Sendable, Equatable {
    package var files: [String: String]
    package var links: [String: [[String]]]
    package var droppedUnfinished: [String: [String]]?
    package var droppedOther: [String: [String]]?
    package var hardContinuations: [String: [[String]]]?
    package var categories: [String: [CategoryTruth]]?

    /// One goal-category change of a pair.
    package struct CategoryTruth: Decodable, Sendable, Equatable {
        /// Earlier names (empty for a new category).
        package var before: [String]
        /// Later names (empty for a dropped category).
        package var after: [String]
        /// `same`, `renamed`, `split`, `merged`, `new` or `dropped`.
        package var change: String
    }

    /// The key of `folder/answer-key.json`; a clear error when it is missing or malformed.
    package static func load(from folder: URL) throws -> LinkAnswerKey {
        let url = folder.appendingPathComponent("answer-key.json")
        guard let data = try? Data(contentsOf: url) else { throw CorpusError.noAnswerKey(folder: folder.path) }
        do {
            return try JSONDecoder().decode(LinkAnswerKey.self, from: data)
        } catch {
            throw CorpusError.badExpectations(
                file: url.path, reason: "it does not hold files and links (pairs of task numbers) by compared pair")
        }
    }

    /// The compared pairs, as `(earlier period, later period)`, in key order.
    package var pairs: [(String, String)] {
        links.keys.sorted().compactMap { key in
            let parts = key.components(separatedBy: "->")
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }
}
