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
    /// The signature when it was recorded (the input's path is added to it later).
    package var key: String = ""

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

    /// The message, the frame it came from and the first project frame in a trap's backtrace.
    ///
    /// Reads both the Swift runtime's backtracer (`N [ra] 0x… SYMBOL + 12 in MODULE at /path/F.swift:L:C`)
    /// and gdb's `bt` (`#N 0x… in SYMBOL (…) at /path/F.swift:L`); Swift prints `…: Fatal error: MESSAGE`
    /// for most traps and nothing for an arithmetic overflow.
    package static func diagnose(standardError: String) -> (message: String, frame: String) {
        let lines = standardError.split(separator: "\n").map(String.init)
        var message = lines.first { $0.contains("Fatal error:") }.map { String($0[($0.range(of: "Fatal error:")?.upperBound ?? $0.startIndex)...]) }
            ?? lines.first { $0.contains("received signal") }.map { String($0[($0.range(of: "signal")?.upperBound ?? $0.startIndex)...]) } ?? ""
        var frames = lines.filter { $0.range(of: #"^\s*#?\d+\s"#, options: .regularExpression) != nil }
            .filter { !$0.contains("libswiftCore.so") && !$0.contains("_assertionFailure") && !$0.contains("libc.so") && !$0.contains(" raise ")
                && !$0.contains("<compiler-generated>") }
        // Release builds name a failed precondition only in a pseudo-frame: `Swift runtime failure: MESSAGE`.
        if let failure = frames.first(where: { $0.contains("Swift runtime failure: ") }) {
            if message.isEmpty || message.contains("Illegal instruction") {
                message = String(failure[(failure.range(of: "Swift runtime failure: ")?.upperBound ?? failure.startIndex)...])
                    .replacingOccurrences(of: #"( in | \(| at ).*$"#, with: "", options: .regularExpression)
            }
            frames.removeAll { $0.contains("Swift runtime failure: ") }
        }
        message = message.trimmingCharacters(in: .whitespaces)
        // A debug build prints nothing for an overflow trap; gdb then only names the signal.
        if message.hasPrefix("SIGILL, Illegal instruction") { message = "SIGILL without a message (in a debug build: an arithmetic overflow)" }
        let origin = frames.first.map(describe) ?? ""
        let project = frames.first { $0.contains("/Sources/") && !$0.contains("/checkouts/") && !$0.contains("/GoalpostFuzz/") && !$0.contains("/goalpost-fuzz/") }
            .map(describe) ?? ""
        let frame = project.isEmpty || project == origin ? origin : origin.isEmpty ? project : "\(origin) ← \(project)"
        return (message, frame)
    }

    /// `Archive+MemoryFile.swift:59 (ZIPFoundation)`, `XlsxReader.swift:59`, or `SYMBOL in libFoundationXML.so`.
    static func describe(_ frame: String) -> String {
        if let range = frame.range(of: #"at /[^ ]+\.swift:\d+"#, options: .regularExpression) {
            let path = frame[range].dropFirst(3)
            let location = (path.split(separator: "/").last.map(String.init) ?? String(path))
            let module = path.contains("/checkouts/") ? path.components(separatedBy: "/checkouts/").last?.split(separator: "/").first.map { " (\($0))" } ?? "" : ""
            return location + module
        }
        let symbol = frame.replacingOccurrences(of: #"^\s*#?\d+\s+(\[[a-z]+\]\s+)*0x[0-9a-f]+\s+(in\s+)?"#, with: "", options: .regularExpression)
        let name = symbol.components(separatedBy: " + ").first ?? symbol
        let library = symbol.range(of: #" in [^ ]+\.so"#, options: .regularExpression).map { String(symbol[$0]) } ?? ""
        return String(name.prefix(90)) + library
    }

    static func signalName(_ signal: Int32) -> String {
        [4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV"][signal] ?? "signal \(signal)"
    }
}
