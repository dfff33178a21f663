import ArgumentParser
import Foundation
import GoalpostFuzz

struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Internal: the process a run supervises.", shouldDisplay: false)

    @Option var kinds = "all"
    @Option var seed: UInt64 = 1
    @Option var start = 0
    @Option var end = 0
    @Option(parsing: .upToNextOption) var replay: [String] = []
    @Option var fixtures = "Tests/Fixtures"
    @Option var scratch = NSTemporaryDirectory()
    @Option(name: .customLong("memory-mb")) var memoryMB = 2048
    @Option var avoid: String?

    func run() throws {
        FuzzSession.limitAddressSpace(megabytes: memoryMB)
        FuzzAvoid.active = try parseAvoid(avoid)
        let job: WorkerJob = replay.isEmpty
            ? .generated(kinds: try parseKinds(kinds), seed: seed, range: start..<max(start, end)) : .replay(files: replay)
        try FuzzWorker(job: job, fixtures: URL(fileURLWithPath: fixtures), scratch: URL(fileURLWithPath: scratch)).run()
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what one iteration tries (seed file, mutations) and optionally write its input.")

    @Option var fixtures = "Tests/Fixtures"
    @Option var kind: String
    @Option var seed: UInt64 = 1
    @Option var iteration: Int
    @Option var avoid: String?
    @Option(help: "Write the input (a file, or the history scenario as JSON) here.")
    var write: String?

    func run() throws {
        FuzzAvoid.active = try parseAvoid(avoid)
        let (description, bytes) = try FuzzSession.show(kind: try parseKinds(kind)[0], seed: seed, iteration: iteration, fixtures: URL(fileURLWithPath: fixtures))
        print(description)
        if let write { try Data(bytes).write(to: URL(fileURLWithPath: write)) }
    }
}
