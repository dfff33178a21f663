import Foundation
import Testing

@testable import GoalpostCore

/// The generated Lin'an years (Tests/Fixtures/years, built by Scripts/make-year-fixtures.py) and their answer key.
enum YearFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/years")

    /// Period labels in time order.
    static let labels = ["2021", "2022", "2023", "2024-06", "2024"]

    /// The compared pairs of the answer key.
    static let pairs = [("2021", "2022"), ("2022", "2023"), ("2023", "2024-06"), ("2024-06", "2024"), ("2023", "2024")]

    struct AnswerKey: Decodable {
        var files: [String: String]
        var links: [String: [[String]]]
    }

    static func answerKey() throws -> AnswerKey {
        let data = try Data(contentsOf: directory.appendingPathComponent("answer-key.json"))
        return try JSONDecoder().decode(AnswerKey.self, from: data)
    }

    /// Every fixture parsed once, by period label.
    static let parsed = Result {
        let files = try answerKey().files
        return try files.mapValues { name in
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
            return try ReportReader.read(bytes, options: ParseOptions(fileName: name))
        }
    }

    /// The parsed report of a period label.
    static func report(_ label: String) throws -> Report {
        try #require(try parsed.get()[label])
    }

    /// A comparison side with ids `reportID * 1000 + position`, statuses from `stubStatus`.
    static func side(_ label: String, reportID: Int64? = nil) throws -> DiffSide {
        let id = reportID ?? Int64(labels.firstIndex(of: label)! + 1)
        return DiffSide(report: try report(label), id: id, firstTaskID: id * 1000) { task in
            (stubStatus(task.progress), [])
        }
    }

    /// A crude stand-in for the status rules: progress that says it is under way is unfinished.
    static func stubStatus(_ progress: String) -> OutcomeStatus {
        let unfinished = ["正在", "推进中", "滞后", "部分", "%"]
        return unfinished.contains { progress.contains($0) } ? .inProgress : .met
    }
}
