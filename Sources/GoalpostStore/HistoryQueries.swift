import GoalpostCore

/// Rows of `goalpost categories`: tasks per category per report.
package struct CategoryCount: Sendable, Equatable, Encodable {
    package var reportId: Int64
    package var region: String
    package var year: Int
    package var asOfMonth: Int
    package var category: String
    package var section: Int?
    package var tasks: Int
    /// Tasks per status (effective statuses, overrides included).
    package var statusCounts: [String: Int] = [:]

    /// Share of tasks exceeded or met among those with a status (3 decimals, as in diffs), nil when none has one.
    package var delivered: Double? {
        OutcomeStatus.deliveredShare(statusCounts.flatMap { name, count in
            OutcomeStatus(rawValue: name).map { Array(repeating: $0, count: count) } ?? []
        })
    }

    private enum CodingKeys: String, CodingKey {
        case reportId, region, year, asOfMonth, category, section, tasks, statusCounts, delivered
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reportId, forKey: .reportId)
        try container.encode(region, forKey: .region)
        try container.encode(year, forKey: .year)
        try container.encode(asOfMonth, forKey: .asOfMonth)
        try container.encode(category, forKey: .category)
        try container.encode(section, forKey: .section)
        try container.encode(tasks, forKey: .tasks)
        try container.encode(statusCounts, forKey: .statusCounts)
        try container.encode(delivered, forKey: .delivered)
    }
}

/// One task found by `goalpost search`.
package struct SearchHit: Sendable, Equatable, Codable {
    package var taskId: Int64
    package var reportId: Int64
    package var report: String
    package var number: String
    package var category: String?
    package var task: String
    package var progress: String
    /// Which text matched: "task", "progress" or "both".
    package var matchedIn: String

    private enum CodingKeys: String, CodingKey { case taskId, reportId, report, number, category, task, progress, matchedIn }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(taskId, forKey: .taskId)
        try container.encode(reportId, forKey: .reportId)
        try container.encode(report, forKey: .report)
        try container.encode(number, forKey: .number)
        try container.encode(category, forKey: .category)
        try container.encode(task, forKey: .task)
        try container.encode(progress, forKey: .progress)
        try container.encode(matchedIn, forKey: .matchedIn)
    }
}
