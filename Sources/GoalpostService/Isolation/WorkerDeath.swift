#if canImport(Glibc)
import Glibc
#endif

/// Why a worker process ended without an answer; its description is one English predicate
/// ("exceeded the CPU-time limit of 120 s (fileCPULimit)") that follows "the worker … " in
/// messages and logs.
package enum WorkerDeath: Sendable, Equatable, CustomStringConvertible {
    /// Killed by a signal other than the limits' (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGKILL …).
    case crashed(signal: Int32)
    /// Used more CPU time than its limit allows (SIGXCPU).
    case exceededCPULimit(seconds: Int)
    /// Could not allocate memory within its address-space limit.
    case exceededMemoryLimit(bytes: Int)
    /// Still running at the wall-clock deadline, and killed.
    case timedOut(seconds: Double)
    /// Exited by itself with no answer on standard output.
    case exitedWithoutAnswer(status: Int32)
    /// Wrote something on standard output that is not an answer.
    case undecodableAnswer(reason: String)
    /// Could not be started at all.
    case cannotStart(reason: String)

    package var description: String {
        switch self {
        case .crashed(let signal): return "crashed with signal \(signal) (\(Self.signalName(signal)))"
        case .exceededCPULimit(let seconds): return "exceeded the CPU-time limit of \(seconds) s (fileCPULimit)"
        case .exceededMemoryLimit(let bytes): return "exceeded the memory limit of \(bytes) bytes (fileMemoryLimit)"
        case .timedOut(let seconds): return "was still running after \(Self.seconds(seconds)) s of wall-clock time and was killed"
        case .exitedWithoutAnswer(let status): return "exited with status \(status) without an answer"
        case .undecodableAnswer(let reason): return "gave an answer that cannot be decoded (\(reason))"
        case .cannotStart(let reason): return "could not be started (\(reason))"
        }
    }

    /// The conventional name of `signal` ("SIGSEGV"), or "signal N" for one not listed.
    package static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP",
            SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGUSR1: "SIGUSR1",
            SIGSEGV: "SIGSEGV", SIGUSR2: "SIGUSR2", SIGPIPE: "SIGPIPE", SIGALRM: "SIGALRM", SIGTERM: "SIGTERM",
            SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ", SIGSYS: "SIGSYS",
        ]
        return names[signal] ?? "signal \(signal)"
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
