import Foundation

@testable import GoalpostCore

/// A crude stand-in for the quantity extractor, so fixture diffs have targets to compare:
/// `1.8万平方米` -> 18000 平方米, `3万吨标煤` and `30000吨标准煤` -> 30000 吨标煤.
enum TestTargetExtractor {
    static let pattern = try! NSRegularExpression(pattern: "([0-9]+(?:\\.[0-9]+)?)(万)?(亩|平方米|场次|吨标准煤|吨标煤|个|家|人)(以上)?")

    static func targets(in text: String) -> [Quantity] {
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).map { match in
            let part = { (index: Int) in Range(match.range(at: index), in: text).map { String(text[$0]) } }
            var value = Decimal(string: part(1)!)!
            if part(2) != nil { value *= 10000 }
            let unit = part(3)! == "吨标准煤" ? "吨标煤" : part(3)!
            return Quantity(text: part(0)!, value: value, unit: unit, qualifier: part(4) == nil ? .exact : .atLeast)
        }
    }

    /// A fixture side with stub statuses and these targets.
    static func side(_ label: String, reportID: Int64) throws -> DiffSide {
        DiffSide(report: try YearFixtures.report(label), id: reportID, firstTaskID: reportID * 1000) { task in
            (YearFixtures.stubStatus(task.progress), targets(in: task.task))
        }
    }
}
