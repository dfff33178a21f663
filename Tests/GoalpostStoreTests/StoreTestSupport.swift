import Foundation
import GoalpostCore
@testable import GoalpostStore

/// Runs `body` with a fresh directory that is removed afterwards.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("goalpost-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// Runs `body` with a new read-write store in a temporary directory.
func withTestStore<T>(_ body: (ReportStore) throws -> T) throws -> T {
    try withTemporaryDirectory { folder throws in
        try body(ReportStore(path: folder.appendingPathComponent("goalpost.sqlite").path))
    }
}

/// A small report for store tests.
func makeReport(region: String = "临安区", year: Int = 2023, month: Int = 12, sha: String = "a", tasks: [(String, String, String)]? = nil) -> Report {
    let rows = tasks ?? [("扩空间", "工业用地供地1000亩以上。", "全年共出让工业用地1613亩。"), ("抓项目", "实际利用外资2亿美元。", "完成实际利用外资2.19亿美元。")]
    var categories: [Category] = []
    for (category, _, _) in rows where !categories.contains(where: { $0.name == category }) {
        categories.append(Category(name: category, section: 1, order: categories.count + 1))
    }
    let reportTasks = rows.enumerated().map { index, row in
        ReportTask(number: String(index + 1), section: 1, category: row.0, task: row.1, progress: row.2)
    }
    return Report(
        region: region, year: year, asOfMonth: month, title: "\(year)年政府工作报告重点工作完成情况表", sourceFile: "\(sha).txt",
        sha256: sha, sections: [Section(ordinal: 1, title: "一、促产兴业")], categories: categories, tasks: reportTasks)
}

extension ReportStore {
    /// Stores `report` with stand-in original bytes (the test reports' SHA-256 values are labels, not hashes).
    func insert(_ report: Report) throws -> InsertOutcome {
        try insert(report, original: Array("original of \(report.sha256)".utf8))
    }
}
