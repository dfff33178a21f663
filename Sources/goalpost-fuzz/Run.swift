import ArgumentParser
import Foundation
import GoalpostFuzz

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fuzz for as many iterations or seconds as you like; prints what it tried and what it found.",
        discussion: "Iteration i fuzzes kind i mod (number of kinds) and depends only on the seed and i, so any finding replays alone.")

    @OptionGroup var options: RunOptions

    @Option(help: "all, formats, history, or a list: text,csv,tsv,html,docx,xlsx,history.")
    var kinds = "all"

    @Option(help: "The run's seed.")
    var seed: UInt64 = 1

    @Option(help: "The first iteration.")
    var start = 0

    @Option(help: "How many iterations (default: unbounded with --seconds, else 1000).")
    var iterations: Int?

    @Option(help: "Stop after this many seconds.")
    var seconds: Double?

    func run() throws {
        var plan = try options.plan()
        plan.seconds = seconds
        let count = iterations ?? (seconds == nil ? 1000 : Int.max - start)
        let job = WorkerJob.generated(kinds: try parseKinds(kinds), seed: seed, range: start..<(start + count))
        print("goalpost-fuzz: seed \(seed), iterations \(start)..<\(count == Int.max - start ? "∞" : String(start + count)), kinds \(kinds)")
        fflush(nil)
        let tally = try FuzzSession.run([job], plan: plan)
        if !tally.findings.isEmpty { throw ExitCode(1) }
    }
}

struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay saved inputs (files or folders such as Tests/Fixtures/fuzz); fails when any traps, hangs or blows up.")

    @OptionGroup var options: RunOptions

    @Argument(help: "Saved inputs or folders of them.")
    var paths: [String]

    func run() throws {
        let files = FuzzSession.inputs(paths)
        let tally = try FuzzSession.run([.replay(files: files)], plan: try options.plan())
        if !tally.findings.isEmpty { throw ExitCode(1) }
    }
}

struct CI: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The CI run: replays Tests/Fixtures/fuzz, then a fixed seed and iteration count over every kind (about a minute).")

    @OptionGroup var options: RunOptions

    @Option(help: "Iterations per kind.")
    var iterations = FuzzSession.ciIterations

    func run() throws {
        let regression = FuzzSession.inputs([URL(fileURLWithPath: options.fixtures).appendingPathComponent("fuzz").path])
        let kinds = FuzzKind.allCases
        let job = WorkerJob.generated(kinds: kinds, seed: FuzzSession.ciSeed, range: 0..<(iterations * kinds.count))
        print("goalpost-fuzz ci: \(regression.count) saved inputs, then seed \(FuzzSession.ciSeed) × \(iterations * kinds.count) iterations")
        fflush(nil)
        var plan = try options.plan()
        plan.timeout = options.timeout ?? 30
        let tally = try FuzzSession.run([.replay(files: regression), job], plan: plan)
        if !tally.findings.isEmpty {
            FileHandle.standardError.write(Data("goalpost-fuzz ci: FAILED: \(tally.findings.count) distinct findings (inputs above).\n".utf8))
            throw ExitCode(1)
        }
    }
}
