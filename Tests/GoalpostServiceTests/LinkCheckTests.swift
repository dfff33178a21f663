import Foundation
import Testing

@testable import GoalpostCore
@testable import GoalpostService

/// `goalpost corpus --links` on the hand-written years after the sample's years (Tests/Fixtures/years-2025
/// and years-2026), whose answer keys were written before the matcher was run on them.
@Suite struct LinkCheckTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let folder = fixtures.appendingPathComponent("years-2025")

    static let results = Result { try LinkCheck(folder: folder).run() }
    static let nextYear = Result { try LinkCheck(folder: fixtures.appendingPathComponent("years-2026")).run() }

    static func result(_ pair: String) throws -> LinkPairResult {
        try #require(try results.get().first { $0.pair == pair })
    }

    @Test func everyPairOfTheKeyIsCompared() throws {
        #expect(try Self.results.get().map(\.pair) == ["2024->2025", "2024->2025-06", "2025-06->2025"])
    }

    @Test func possibleContinuationsAreMostlyTrueLinks() throws {
        let result = try Self.result("2024->2025")
        print("possible continuations: \(result.possibleContinuations.count) offered, \(result.rightContinuations) true")
        #expect(!result.possibleContinuations.isEmpty)
        #expect(Double(result.rightContinuations) >= 0.9 * Double(result.possibleContinuations.count))
    }

    @Test func droppedWhileUnfinishedIsMostlyRight() throws {
        let result = try Self.result("2024->2025")
        let truth = try #require(result.trueDroppedUnfinished)
        let right = result.droppedUnfinished.intersection(truth).count
        print("dropped while unfinished: \(right) right of \(result.droppedUnfinished.count) said, \(truth.count) true")
        #expect(Double(right) >= 0.8 * Double(result.droppedUnfinished.count))
        #expect(Double(right) >= 0.6 * Double(truth.count))
    }

    /// Floors a little under what was measured (2024->2025: 0.983 / 0.857; 2025->2026: 0.992 / 0.940).
    @Test(arguments: [("2024->2025", 0.97, 0.84), ("2025->2026", 0.98, 0.92)])
    func linksHoldTheirMeasuredPrecisionAndRecall(pair: String, precision: Double, recall: Double) throws {
        let all = try Self.results.get() + Self.nextYear.get()
        let result = try #require(all.first { $0.pair == pair })
        #expect(Double(result.rightLinks) >= precision * Double(result.links.count))
        #expect(Double(result.rightLinks) >= recall * Double(result.trueLinks.count))
    }

    @Test func nearCategoryNamesAndSplitsAgreeWithTheKey() throws {
        let result = try Self.result("2024->2025")
        let agreeing = Set(result.categories.filter(\.agrees).map { $0.truth.after.joined(separator: "+") })
        // One-character rename, two-character rename, split.
        #expect(agreeing.isSuperset(of: ["拓空间", "优化营商环境", "守护绿水青山+建设和美乡村"]))
        #expect(agreeing.count >= 17, "\(result.categories.filter { !$0.agrees }.map(\.said))")
    }

    @Test func aFolderWithoutAnAnswerKeySaysSo() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: CorpusError.noAnswerKey(folder: empty.path)) { try LinkCheck(folder: empty).run() }
    }
}
