import Foundation
import Testing

@testable import GoalpostCore

/// Link precision and recall against the generated answer key.
struct MatchAnswerKeyTests {
    struct Score {
        var truePositives = 0
        var predicted = 0
        var expected = 0
        var falseLinks: [String] = []
        var missed: [String] = []
        var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
        var recall: Double { expected == 0 ? 1 : Double(truePositives) / Double(expected) }
    }

    static func score(_ before: String, _ after: String, options: MatchOptions = MatchOptions()) throws -> Score {
        let key = try YearFixtures.answerKey()
        let left = try YearFixtures.side(before)
        let right = try YearFixtures.side(after)
        let truth = Set((key.links["\(before)->\(after)"] ?? []).map { "\($0[0])->\($0[1])" })
        let numberOf = { (side: DiffSide, id: Int64) in side.tasks.first { $0.id == id }?.number ?? "?" }
        let links = TaskMatcher.match(before: left, after: right, options: options).links
        let predicted = links.map { "\(numberOf(left, $0.before))->\(numberOf(right, $0.after))" }
        let hits = predicted.filter { truth.contains($0) }.count
        let falseLinks = zip(predicted, links).filter { !truth.contains($0.0) }.map { "\($0.0) (\($0.1.score))" }
        let missed = truth.subtracting(predicted).sorted()
        return Score(truePositives: hits, predicted: predicted.count, expected: truth.count, falseLinks: falseLinks, missed: missed)
    }

    @Test(arguments: YearFixtures.pairs.map { "\($0.0)->\($0.1)" })
    func linksMatchTheAnswerKey(pair: String) throws {
        let parts = pair.components(separatedBy: "->")
        let score = try Self.score(parts[0], parts[1])
        print("links \(pair): precision \(String(format: "%.3f", score.precision)) recall \(String(format: "%.3f", score.recall)) (\(score.truePositives)/\(score.predicted) predicted, \(score.expected) true)")
        if !score.falseLinks.isEmpty || !score.missed.isEmpty {
            print("  false links: \(score.falseLinks.joined(separator: ", ")); missed: \(score.missed.joined(separator: ", "))")
        }
        // Worst measured pair (2023 -> 2024 and 2023 -> 2024-06): precision 0.993, recall 0.986.
        #expect(score.precision >= 0.99)
        #expect(score.recall >= 0.985)
    }
}

extension MatchAnswerKeyTests {
    /// Prints precision and recall over all pairs for a range of thresholds (the measurement behind the default).
    @Test func thresholdSweepIsPrinted() throws {
        for threshold in stride(from: 0.30, through: 0.60, by: 0.05) {
            var total = Score()
            for (before, after) in YearFixtures.pairs {
                let score = try Self.score(before, after, options: MatchOptions(threshold: threshold))
                total.truePositives += score.truePositives
                total.predicted += score.predicted
                total.expected += score.expected
            }
            print("threshold \(String(format: "%.2f", threshold)): precision \(String(format: "%.3f", total.precision)) recall \(String(format: "%.3f", total.recall))")
            #expect(total.predicted > 0)
        }
    }
}
