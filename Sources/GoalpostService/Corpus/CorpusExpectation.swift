import Foundation
import GoalpostCore

/// What a careful reader found in one capture of a corpus folder (`expected.json`, keyed by file
/// name; keys starting with `_` are notes).
package struct CorpusExpectation: Decodable, Sendable, Equatable {
    /// The region; a note in brackets after it (某市(匿名)) is not part of the name.
    package var region: String
    package var year: Int
    /// nil when the capture does not state its period: reading none is right, any month is a guess.
    package var asOfMonth: Int?
    /// Complete task rows; a cut last row read as one more also counts.
    package var rows: Int
    package var layout: String?

    /// The region without its bracketed note, and a government named for its place (路南区人民政府
    /// is 路南区; a body such as 省教育厅 stays whole).
    package var regionName: String {
        let name = String(region.prefix { $0 != "(" && $0 != "（" }).trimmingCharacters(in: .whitespaces)
        let office = RegionInference.governmentOffices.first { name.hasSuffix($0) && name.count > $0.count }
        return office.map { String(name.dropLast($0.count)) } ?? name
    }

    /// The expectations of `folder/expected.json`, by file name.
    package static func load(from folder: URL) throws -> [String: CorpusExpectation] {
        try CorpusFile.entries(
            "expected.json", in: folder, missing: .noExpectations(folder: folder.path),
            badEntry: "lacks region, year or rows")
    }
}

/// A corpus folder's JSON file keyed by capture name (keys starting with `_` are notes).
enum CorpusFile {
    /// The entries of `folder/name`, each decoded as `Entry`; `missing` when the file cannot be
    /// read, and a sentence naming the entry (`badEntry` says what it lacks) when one does not decode.
    static func entries<Entry: Decodable>(
        _ name: String, in folder: URL, missing: CorpusError, badEntry: String
    ) throws -> [String: Entry] {
        let url = folder.appendingPathComponent(name)
        guard let data = try? Data(contentsOf: url) else { throw missing }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CorpusError.badExpectations(file: url.path, reason: "it is not a JSON object")
        }
        var entries: [String: Entry] = [:]
        for (key, value) in object where !key.hasPrefix("_") {
            do {
                entries[key] = try JSONDecoder().decode(Entry.self, from: JSONSerialization.data(withJSONObject: value))
            } catch {
                throw CorpusError.badExpectations(file: url.path, reason: "the entry for '\(key)' \(badEntry)")
            }
        }
        return entries
    }
}

/// Why a corpus folder cannot be checked.
package enum CorpusError: Error, CustomStringConvertible, Equatable {
    case noExpectations(folder: String)
    case noLabels(folder: String)
    case noAnswerKey(folder: String)
    case badExpectations(file: String, reason: String)

    package var description: String {
        switch self {
        case .noExpectations(let folder): return "Cannot check '\(folder)': it has no readable expected.json."
        case .noLabels(let folder): return "Cannot check judgements in '\(folder)': it has no readable labels.json."
        case .noAnswerKey(let folder): return "Cannot check links in '\(folder)': it has no readable answer-key.json."
        case .badExpectations(let file, let reason): return "Cannot check '\(file)': \(reason)."
        }
    }
}
