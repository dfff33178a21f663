import Foundation

/// How a supervised run goes: where seeds come from and findings go, and its limits.
package struct FuzzPlan: Sendable {
    /// Tests/Fixtures (the seeds).
    package var fixtures: URL
    /// Where findings are saved, with a `.log` beside each input.
    package var out: URL
    /// This executable, started again as `worker`.
    package var executable: String
    /// Seconds one input may take before it counts as a hang.
    package var timeout: Double = 20
    /// Resident memory a worker may reach, MiB.
    package var memoryCapMB = 2048
    /// Stop after this many seconds (the iteration count is then an upper bound).
    package var seconds: Double?
    /// Ask the Swift runtime for a backtrace on a trap (slower, but names the frame).
    package var backtraces = true
    /// Replay each new trap under gdb (when installed) for its whole stack.
    package var gdb = true
    /// Input classes left out (known traps being fixed).
    package var avoid: Set<FuzzAvoid> = [] {
        didSet { FuzzAvoid.active = avoid }
    }
    /// `--avoid a,b` for worker and replay command lines, empty when nothing is avoided.
    package var avoidArguments: [String] {
        avoid.isEmpty ? [] : ["--avoid", avoid.map(\.rawValue).sorted().joined(separator: ",")]
    }
    /// Print findings and progress while running.
    package var verbose = true

    package init(fixtures: URL, out: URL, executable: String) {
        self.fixtures = fixtures
        self.out = out
        self.executable = executable
    }

    /// This program's path (`/proc/self/exe`), to start workers.
    package static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
