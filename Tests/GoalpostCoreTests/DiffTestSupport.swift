import Foundation

@testable import GoalpostCore

/// Small hand-built comparison sides for diff, digest and lineage tests.
enum DiffTestSupport {
    static func summary(id: Int64, year: Int, month: Int = 12, file: String, tasks: Int = 0) -> DiffReportSummary {
        DiffReportSummary(
            id: id, region: "临安区", year: year, asOfMonth: month, title: "\(year)年政府工作报告重点工作完成情况表",
            sourceFile: file, sha256: String(repeating: "0", count: 64), sections: 1, categories: 1, tasks: tasks,
            ingestedAt: "2026-01-01T00:00:00Z", current: true
        )
    }

    static func side(id: Int64, year: Int, month: Int = 12, _ tasks: [DiffTask]) -> DiffSide {
        DiffSide(summary: summary(id: id, year: year, month: month, file: "linan-\(year).txt", tasks: tasks.count), tasks: tasks)
    }

    static func task(
        _ id: Int64, _ number: String, _ category: String?, _ text: String, status: OutcomeStatus? = nil,
        targets: [Quantity] = []
    ) -> DiffTask {
        DiffTask(id: id, number: number, category: category, task: text, status: status, targets: targets)
    }

    static func area(_ text: String, _ value: Decimal, unit: String = "亩") -> Quantity {
        Quantity(text: text, value: value, unit: unit, qualifier: .atLeast)
    }

    static func json(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// Earlier and later sides over the 2023 and 2024 fixtures with the given report ids.
    static func fixturePair(_ before: String, _ after: String, beforeID: Int64 = 1, afterID: Int64 = 2) throws -> (DiffSide, DiffSide) {
        (try YearFixtures.side(before, reportID: beforeID), try YearFixtures.side(after, reportID: afterID))
    }

    /// Links as "before number -> after number", sorted: comparable across different ids.
    static func numberedLinks(_ before: DiffSide, _ after: DiffSide, _ links: [TaskLink]) -> [String] {
        let left = Dictionary(uniqueKeysWithValues: before.tasks.map { ($0.id, $0.number) })
        let right = Dictionary(uniqueKeysWithValues: after.tasks.map { ($0.id, $0.number) })
        return links.map { "\(left[$0.before]!)->\(right[$0.after]!)" }.sorted()
    }
}
