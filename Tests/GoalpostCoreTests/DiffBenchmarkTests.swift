import Foundation
import Testing

@testable import GoalpostCore

/// Prints how long matching and diffing two 158-task reports takes. Not a timed test: it asserts
/// nothing about time and runs only with GOALPOST_BENCH=1 (Scripts/bench-diff.sh, release build).
@Suite(.serialized)
struct DiffBenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GOALPOST_BENCH"] == "1"))
    func diffOfTwoSampleSizedReportsIsTimed() throws {
        for (left, right) in [("2023", "2024"), ("2023", "2023")] {
            try time(try TestTargetExtractor.side(left, reportID: 1), try TestTargetExtractor.side(right, reportID: 2))
        }
    }

    /// Matching, diffing and lineage for 10 periods x `regions` regions, as ingestion would do them (no store).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GOALPOST_BENCH"] == "1"))
    func regionHistoriesAreTimed() throws {
        let regions = Int(ProcessInfo.processInfo.environment["GOALPOST_BENCH_REGIONS"] ?? "") ?? 100
        let labels = YearFixtures.labels + YearFixtures.labels
        let clock = ContinuousClock()
        var linkCount = 0
        var lineageCount = 0
        let elapsed = try clock.measure {
            for region in 0..<regions {
                let sides = try labels.enumerated().map { index, label in
                    var side = try YearFixtures.side(label, reportID: Int64(region * 100 + index + 1))
                    side.summary.year += index < 5 ? 0 : 5
                    return side
                }
                let links = zip(sides, sides.dropFirst()).flatMap { TaskMatcher.match(before: $0, after: $1).links.map(\.pair) }
                linkCount += links.count
                lineageCount += LineageBuilder.lineages(reports: sides.map(LineageReport.init), links: links).count
            }
        }
        print("bench \(regions) regions x \(labels.count) periods: \(elapsed) for \(regions * (labels.count - 1)) matches and lineages (\(linkCount) links, \(lineageCount) lineages)")
        #expect(linkCount > 0)
    }

    private func time(_ before: DiffSide, _ after: DiffSide) throws {
        let clock = ContinuousClock()
        var diff: ReportDiff?
        let iterations = 20
        _ = ReportDiffer.diff(before: before, after: after)
        let elapsed = clock.measure {
            for _ in 0..<iterations { diff = ReportDiffer.diff(before: before, after: after) }
        }
        let matching = clock.measure {
            for _ in 0..<iterations { _ = TaskMatcher.match(before: before, after: after) }
        }
        let similarity = clock.measure {
            for _ in 0..<iterations { _ = SimilarityMatrix(before: before.tasks, after: after.tasks) }
        }
        print("bench   of which matching \(matching / iterations), similarity matrix \(similarity / iterations)")
        let digest = clock.measure { _ = ReportDigest(diff: diff!).markdown }
        let perDiff = elapsed / iterations
        print("bench diff \(before.summary.year) vs \(after.summary.year), \(before.tasks.count) x \(after.tasks.count) tasks: \(perDiff) per diff (mean of \(iterations)); digest render \(digest)")
        #expect(diff?.items.isEmpty == false)
    }
}
