import Foundation
import Testing
@testable import GoalpostCore

/// Prints how long assessing the 158-task sample takes. Not a timed assertion: it runs only when
/// GOALPOST_BENCH is set, e.g.
/// `GOALPOST_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter QuantityBenchmarkTests`.
struct QuantityBenchmarkTests {
    @Test func printsSampleAssessmentTime() throws {
        guard ProcessInfo.processInfo.environment["GOALPOST_BENCH"] != nil else { return }
        let report = try QuantityFixtures.report("linan-2023-annual.txt")
        let rounds = 20
        let clock = ContinuousClock()
        var figures = 0
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for task in report.tasks {
                    figures += TaskAssessor.assess(task: task.task, progress: task.progress, asOfMonth: 12).actuals.count
                }
            }
        }
        let extraction = clock.measure {
            for _ in 0..<rounds {
                for task in report.tasks {
                    _ = QuantityExtractor().locate(in: task.task).count + QuantityExtractor().locate(in: task.progress).count
                }
            }
        }
        print("extraction alone: \(extraction / rounds) per round")
        let perRound = elapsed / rounds
        print("assessed \(report.tasks.count) tasks (extract, pair, judge) in \(perRound) per round, \(rounds) rounds, \(figures / rounds) actual figures per round")
    }
}
