import Foundation
import Testing

@testable import GoalpostCore

/// Prints how long matching and diffing two 158-task reports takes. Not a timed test: it asserts
/// nothing about time and runs only with GOALPOST_BENCH=1 (Scripts/bench-diff.sh, release build).
struct DiffBenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GOALPOST_BENCH"] == "1"))
    func diffOfTwoSampleSizedReportsIsTimed() throws {
        for (left, right) in [("2023", "2024"), ("2023", "2023")] {
            try time(try TestTargetExtractor.side(left, reportID: 1), try TestTargetExtractor.side(right, reportID: 2))
        }
    }

    private func time(_ before: DiffSide, _ after: DiffSide) throws {
        let clock = ContinuousClock()
        var diff: ReportDiff?
        let iterations = 20
        _ = ReportDiffer.diff(before: before, after: after)
        let elapsed = clock.measure {
            for _ in 0..<iterations { diff = ReportDiffer.diff(before: before, after: after) }
        }
        let digest = clock.measure { _ = ReportDigest(diff: diff!).markdown }
        let perDiff = elapsed / iterations
        print("bench diff \(before.summary.year) vs \(after.summary.year), \(before.tasks.count) x \(after.tasks.count) tasks: \(perDiff) per diff (mean of \(iterations)); digest render \(digest)")
        #expect(diff?.items.isEmpty == false)
    }
}
