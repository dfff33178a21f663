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

    /// Two reports of about 12,000 tasks each (GOALPOST_BENCH_TASKS): the 2023 and 2024 fixtures, each
    /// task repeated once per made-up district name. Prints time and peak memory of one diff.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GOALPOST_BENCH"] == "1"))
    func diffOfTwoNationalSizedReportsIsTimed() throws {
        let wanted = Int(ProcessInfo.processInfo.environment["GOALPOST_BENCH_TASKS"] ?? "") ?? 12_000
        let before = try YearFixtures.side("2023", reportID: 1)
        let after = try YearFixtures.side("2024", reportID: 2)
        let copies = max(1, wanted / max(before.tasks.count, 1))
        let (large1, large2) = (Self.repeated(before, copies: copies), Self.repeated(after, copies: copies))
        let clock = ContinuousClock()
        var diff: ReportDiff?
        let elapsed = clock.measure { diff = ReportDiffer.diff(before: large1, after: large2) }
        let links = diff?.items.filter { $0.link != nil }.count ?? 0
        print("bench diff of \(large1.tasks.count) x \(large2.tasks.count) tasks: \(elapsed), \(links) links, peak memory \(Self.peakMemory())")
        #expect(links > 0)
    }

    // Each task once per district, the district named first (甲子片区：…), ids kept apart.
    private static func repeated(_ side: DiffSide, copies: Int) -> DiffSide {
        let stems = Array("甲乙丙丁戊己庚辛壬癸")
        let branches = Array("子丑寅卯辰巳午未申酉戌亥")
        var result = side
        result.tasks = (0..<copies).flatMap { copy -> [DiffTask] in
            let stem = stems[copy % stems.count]
            let branch = branches[(copy / stems.count) % branches.count]
            let extra = copy >= 120 ? String(stems[(copy / 120) % stems.count]) : ""
            let name = "\(stem)\(branch)\(extra)片区"
            return side.tasks.enumerated().map { offset, task in
                var task = task
                let base: Int64 = side.summary.id * 10_000_000
                task.id = base + Int64(copy * 10_000 + offset)
                task.number = "\(copy + 1)-\(task.number)"
                task.task = name + "：" + task.task
                return task
            }
        }
        result.summary.tasks = result.tasks.count
        return result
    }

    // Peak resident memory of this process (VmHWM), as /proc reports it.
    private static func peakMemory() -> String {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return status.split(separator: "\n").first { $0.hasPrefix("VmHWM") }.map { $0.replacingOccurrences(of: "\t", with: " ") } ?? "unknown"
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
