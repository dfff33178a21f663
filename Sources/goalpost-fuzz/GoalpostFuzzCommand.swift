import ArgumentParser
import Foundation
import GoalpostFuzz

@main
struct GoalpostFuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goalpost-fuzz",
        abstract: "Seeded mutation fuzzing of goalpost's readers and history: no trap, no hang, bounded memory.",
        subcommands: [Run.self, Replay.self, CI.self, Show.self, Worker.self])
}

/// Options every supervised run shares.
struct RunOptions: ParsableArguments {
    @Option(help: "The seed folder (the test fixtures).")
    var fixtures = "Tests/Fixtures"

    @Option(help: "Where inputs that trap, hang or blow up are saved, each with a .log.")
    var out = ".build/fuzz/findings"

    @Option(help: "Seconds one input may take before it counts as a hang (default 20; ci: 30, for a loaded debug build).")
    var timeout: Double?

    @Option(name: .customLong("memory-mb"), help: "Resident memory a worker may use, MiB.")
    var memoryMB = 2048

    @Option(help: "Leave out input classes with a known trap: \(FuzzAvoid.allCases.map(\.rawValue).joined(separator: ", ")).")
    var avoid: String?

    @Flag(help: "Skip the runtime backtrace on a trap (faster when one trap repeats often; the frame is then unknown).")
    var noBacktraces = false

    func plan() throws -> FuzzPlan {
        var plan = FuzzPlan(fixtures: URL(fileURLWithPath: fixtures), out: URL(fileURLWithPath: out), executable: FuzzPlan.currentExecutable)
        plan.timeout = timeout ?? 20
        plan.memoryCapMB = memoryMB
        plan.backtraces = !noBacktraces
        plan.avoid = try parseAvoid(avoid)
        return plan
    }
}

/// `all`, `formats`, or a comma-separated list of kinds.
func parseKinds(_ text: String) throws -> [FuzzKind] {
    switch text {
    case "all": return FuzzKind.allCases
    case "formats": return FuzzKind.formats
    default:
        return try text.split(separator: ",").map { name in
            guard let kind = FuzzKind(rawValue: String(name)) else {
                throw ValidationError("Unknown kind '\(name)'; use all, formats or \(FuzzKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return kind
        }
    }
}

/// A comma-separated list of ``FuzzAvoid`` classes.
func parseAvoid(_ text: String?) throws -> Set<FuzzAvoid> {
    Set(try (text ?? "").split(separator: ",").map { name in
        guard let avoid = FuzzAvoid(rawValue: String(name)) else {
            throw ValidationError("Unknown class '\(name)'; use \(FuzzAvoid.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return avoid
    })
}
