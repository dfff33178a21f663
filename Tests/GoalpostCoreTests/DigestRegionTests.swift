import Foundation
import Testing

@testable import GoalpostCore

/// Digest files for a newly arrived report, whatever the order the region's reports arrived in.
struct DigestRegionTests {
    /// The five fixture periods with ids assigned in `order` of arrival.
    static func sides(arrival order: [String]) throws -> [DiffSide] {
        try order.enumerated().map { index, label in
            try TestTargetExtractor.side(label, reportID: Int64(index + 1))
        }
    }

    static func files(for label: String, arrival order: [String]) throws -> [DigestFile] {
        let sides = try Self.sides(arrival: order)
        let id = Int64(order.firstIndex(of: label)! + 1)
        return try RegionDigester.digests(for: id, sides: sides)
    }

    @Test func yearEndGetsYearOverYearAndSameYearDigests() throws {
        let files = try Self.files(for: "2024", arrival: YearFixtures.labels)
        #expect(files.map(\.relativePath) == ["临安区/2024-12-vs-2023-12", "临安区/2024-12-vs-2024-06"])
        #expect(files[0].markdown.contains("## 未完成即未再列入"))
        #expect(files[1].markdown.contains("## 本期完成"))
    }

    @Test func firstReportGetsAFirstReportDigest() throws {
        let files = try Self.files(for: "2021", arrival: YearFixtures.labels)
        #expect(files.map(\.relativePath) == ["临安区/2021-12"])
        #expect(files[0].markdown.contains("首份报告"))
    }

    @Test func scrambledArrivalGivesTheSameDigests() throws {
        let scrambled = ["2024", "2022", "2024-06", "2021", "2023"]
        for label in YearFixtures.labels {
            let inOrder = try Self.files(for: label, arrival: YearFixtures.labels)
            let other = try Self.files(for: label, arrival: scrambled)
            #expect(inOrder.map(\.relativePath) == other.map(\.relativePath))
            #expect(inOrder.map(\.markdown) == other.map(\.markdown), "digest of \(label)")
        }
    }

    @Test func digestOfAPairDoesNotChangeWhenLaterYearsArrive() throws {
        let early = try RegionDigester.digests(for: 3, sides: try Self.sides(arrival: ["2021", "2022", "2023"]))
        let late = try Self.files(for: "2023", arrival: YearFixtures.labels)
        #expect(early == late)
    }
}
