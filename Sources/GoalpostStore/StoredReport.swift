import Foundation
import GoalpostCore
import GRDB

/// A stored report with its sections and tasks, as `goalpost show --json` prints it (CONTRACTS.md).
package struct StoredReport: Sendable, Equatable, Encodable {
    package var summary: ReportSummary
    package var sections: [Section]
    package var tasks: [StoredTask]

    private enum Keys: String, CodingKey {
        case id, region, year, asOfMonth, title, sourceFile, sha256, ingestedAt, current, sections, tasks
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(summary.id, forKey: .id)
        try container.encode(summary.region, forKey: .region)
        try container.encode(summary.year, forKey: .year)
        try container.encode(summary.asOfMonth, forKey: .asOfMonth)
        try container.encode(summary.title, forKey: .title)
        try container.encode(summary.sourceFile, forKey: .sourceFile)
        try container.encode(summary.sha256, forKey: .sha256)
        try container.encode(summary.ingestedAt, forKey: .ingestedAt)
        try container.encode(summary.current, forKey: .current)
        try container.encode(sections, forKey: .sections)
        try container.encode(tasks, forKey: .tasks)
    }
}

/// One stored task row with its database id.
package struct StoredTask: Sendable, Equatable, Encodable {
    package var id: Int64
    package var number: String
    package var section: Int?
    package var category: String?
    package var task: String
    package var progress: String
    package var owner: String?
    /// Target text, plan, the office's verdict and result, when the table has those columns.
    package var targetText: String?
    package var plan: String?
    package var verdict: String?
    package var result: String?
    /// Every other column of the row.
    package var columns: [TaskColumn]
    package var warnings: [String]
    /// Figures promised in the task text.
    package var targets: [Quantity]
    /// Figures reported in the progress text.
    package var actuals: [Quantity]
    /// The status computed from the texts, nil for rows stored before assessments existed.
    package var computedStatus: OutcomeStatus?
    /// The evidence behind the computed status.
    package var statusEvidence: String?
    /// Calendar judgment for reports before month 12.
    package var schedule: Schedule?
    /// A user's judgment, which wins over the computed status.
    package var statusOverride: StatusOverride?

    /// The status that counts: the user's override, else the computed one.
    package var status: OutcomeStatus? { statusOverride?.status ?? computedStatus }

    private enum Keys: String, CodingKey {
        case id, number, section, category, task, progress, owner, targetText, plan, verdict, result, columns, warnings,
            targets, actuals, status, computedStatus, statusEvidence, schedule, statusOverride
    }

    init(row: Row) {
        id = row["id"]
        number = row["number"]
        section = row["section"]
        category = row["category"]
        task = row["task"]
        progress = row["progress"]
        owner = row["owner"]
        targetText = row["targetText"]
        plan = row["plan"]
        verdict = row["verdict"]
        result = row["result"]
        columns = JSONText.decode(row["columns"])
        warnings = JSONList.decode(row["warnings"])
        targets = QuantityJSON.decode(row["targets"])
        actuals = QuantityJSON.decode(row["actuals"])
        computedStatus = (row["status"] as String?).flatMap(OutcomeStatus.init(rawValue:))
        statusEvidence = row["statusEvidence"]
        schedule = (row["schedule"] as String?).flatMap(Schedule.init(rawValue:))
        statusOverride = nil
    }

    /// Writes `null` for absent optionals, as the contract's `int|null` / `str|null` require.
    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
        try container.encode(number, forKey: .number)
        try container.encode(section, forKey: .section)
        try container.encode(category, forKey: .category)
        try container.encode(task, forKey: .task)
        try container.encode(progress, forKey: .progress)
        try container.encode(owner, forKey: .owner)
        try container.encode(targetText, forKey: .targetText)
        try container.encode(plan, forKey: .plan)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(result, forKey: .result)
        try container.encode(columns, forKey: .columns)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(targets, forKey: .targets)
        try container.encode(actuals, forKey: .actuals)
        try container.encode(status, forKey: .status)
        try container.encode(computedStatus, forKey: .computedStatus)
        try container.encode(statusEvidence, forKey: .statusEvidence)
        try container.encode(schedule, forKey: .schedule)
        try container.encode(statusOverride, forKey: .statusOverride)
    }
}

/// Stores a list of Codable values as a JSON text column; unreadable text reads as an empty list.
enum JSONText {
    static func encode<Value: Encodable>(_ list: [Value]) -> String {
        guard let data = try? JSONEncoder().encode(list) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ text: String?, as type: Value.Type = Value.self) -> [Value] {
        guard let text, let list = try? JSONDecoder().decode([Value].self, from: Data(text.utf8)) else { return [] }
        return list
    }
}

/// Stores string lists as JSON text columns.
enum JSONList {
    static func encode(_ list: [String]) -> String { JSONText.encode(list) }
    static func decode(_ text: String?) -> [String] { JSONText.decode(text) }
}
