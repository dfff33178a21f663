/// A problem one input caused: a trap (death by signal or a non-zero exit), a hang, or too much memory.
package struct Finding: Sendable {
    /// What went wrong.
    package enum Problem: Sendable, Equatable {
        case trap(signal: Int32)
        case exit(status: Int32)
        case hang(seconds: Double)
        case memory(kilobytes: Int)

        /// `trap SIGILL`, `hang > 20 s`, `memory 2100 MB`.
        package var summary: String {
            switch self {
            case .trap(let signal): return "trap \(Finding.signalName(signal))"
            case .exit(let status): return "exit \(status)"
            case .hang(let seconds): return "hang > \(Int(seconds)) s"
            case .memory(let kilobytes): return "memory \(kilobytes / 1024) MB"
            }
        }
    }

    package var problem: Problem
    package var kind: FuzzKind
    package var iteration: Int
    /// The fatal error message and the first project frame, when the worker printed them.
    package var message: String
    package var frame: String
    /// Where the input was saved (or the replayed file).
    package var input: String = ""
    /// How to regenerate it.
    package var replay: String = ""

    /// Groups findings that are the same bug: the problem kind, the message and the project frame.
    /// A replayed file is its own finding.
    package var signature: String {
        input + (input.isEmpty ? "" : " ") + problemSignature
    }

    private var problemSignature: String {
        switch problem {
        case .trap, .exit: return "\(problem.summary) \(message) @ \(frame)"
        case .hang, .memory: return "\(kind.rawValue) \(problem.summary.split(separator: " ").first ?? "")"
        }
    }

    /// The message and frame a crashed worker's standard error names.
    ///
    /// Swift prints `…: Fatal error: MESSAGE` for most traps (nothing for an overflow), and the
    /// runtime's backtracer then lists frames as `N 0x… in SYMBOL at /path/File.swift:LINE:COL`.
    package static func diagnose(standardError: String) -> (message: String, frame: String) {
        let lines = standardError.split(separator: "\n").map(String.init)
        let message = lines.first { $0.contains("Fatal error") || $0.contains("fatal error") }
            .map { String($0[($0.range(of: "rror:")?.upperBound ?? $0.startIndex)...]).trimmingCharacters(in: .whitespaces) }
            ?? (lines.first { $0.contains("Crash") }.map { $0.trimmingCharacters(in: .whitespaces) } ?? "")
        let frame = lines.first { line in
            line.contains("/Sources/") && !line.contains("/Sources/GoalpostFuzz/") && !line.contains("/Sources/goalpost-fuzz/")
                && !line.contains("/checkouts/")
        }.map(shortFrame) ?? lines.first { $0.contains(" in ") && $0.contains(" at /") }.map(shortFrame) ?? ""
        return (message, frame)
    }

    /// `XlsxReader.layOut(_:) at XlsxReader.swift:59` from a backtrace line.
    static func shortFrame(_ line: String) -> String {
        let symbol = line.range(of: " in ").map { String(line[$0.upperBound...]) } ?? line
        guard let at = symbol.range(of: " at /") else { return symbol.trimmingCharacters(in: .whitespaces) }
        let path = symbol[at.upperBound...]
        let file = path.split(separator: "/").last.map(String.init) ?? String(path)
        let name = symbol[..<at.lowerBound].replacingOccurrences(of: "static ", with: "")
        let location = file.split(separator: ":").prefix(2).joined(separator: ":")
        return "\(name.split(separator: " + ").first.map(String.init) ?? name) at \(location)"
    }

    static func signalName(_ signal: Int32) -> String {
        [4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV"][signal] ?? "signal \(signal)"
    }
}
