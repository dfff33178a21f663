import Foundation
import Testing
@testable import GoalpostCore

@Test func scratchDump() throws {
    guard ProcessInfo.processInfo.environment["DUMP"] != nil else { return }
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/linan-2023-annual.txt")
    let report = try ReportReader.read([UInt8](try Data(contentsOf: url)), options: ParseOptions(fileName: "x.txt"))
    let ex = QuantityExtractor()
    var out = ""
    for t in report.tasks {
        let ts = ex.locate(in: t.task).map { q in "\(q.quantity.text)=\(q.quantity.value)\(q.quantity.valueMax.map { "..\($0)" } ?? "")\(q.quantity.unit)/\(q.quantity.qualifier.rawValue)/\(q.quantity.kind.rawValue)/\(q.quantity.higherIsBetter.map { $0 ? "+" : "-" } ?? "?")[\(q.quantity.subject)]" }
        let as_ = ex.locate(in: t.progress).map { q in "\(q.quantity.text)=\(q.quantity.value)\(q.quantity.valueMax.map { "..\($0)" } ?? "")\(q.quantity.unit)/\(q.quantity.qualifier.rawValue)/\(q.quantity.kind.rawValue)\(q.isPart ? "/part" : "")[\(q.quantity.subject)]" }
        let a = TaskAssessor.assess(task: t.task, progress: t.progress, asOfMonth: 12)
        out += "#\(t.number) \(a.status.rawValue) :: \(a.statusEvidence)\n"
        out += "#\(t.number) T: \(ts.joined(separator: " | "))\n    A: \(as_.joined(separator: " | "))\n"
    }
    try out.write(toFile: "/tmp/qdump.txt", atomically: true, encoding: .utf8)
}
