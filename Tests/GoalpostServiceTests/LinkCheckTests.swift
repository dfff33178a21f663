import Foundation
import Testing

@testable import GoalpostCore
@testable import GoalpostService

/// `goalpost corpus --links` on the hand-written year after the sample's years (Tests/Fixtures/years-2025),
/// whose answer key was written before the matcher was run on it.
@Suite struct LinkCheckTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/years-2025")

    static let results = Result { try LinkCheck(folder: folder).run() }

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

    @Test func aFolderWithoutAnAnswerKeySaysSo() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: CorpusError.noAnswerKey(folder: empty.path)) { try LinkCheck(folder: empty).run() }
    }
}
