#if canImport(Glibc)
import Glibc
#endif

/// How a worker process ended, as the parent saw it: the facts ``WorkerDeath/classify(_:limits:)`` judges.
package struct WorkerEnding: Sendable, Equatable {
    /// How the process terminated.
    package var termination: WorkerTermination
    /// The parent killed it at the wall-clock deadline after this many seconds, else nil.
    package var killedAfterSeconds: Double?
    /// The end of what it wrote on standard error.
    package var standardError: String

    package init(termination: WorkerTermination, killedAfterSeconds: Double? = nil, standardError: String = "") {
        self.termination = termination
        self.killedAfterSeconds = killedAfterSeconds
        self.standardError = standardError
    }
}

/// A process's end: an exit status or the signal that killed it.
package enum WorkerTermination: Sendable, Equatable {
    case exited(status: Int32)
    case signalled(Int32)
}

extension WorkerDeath {
    /// Phrases in standard error by which the Swift runtime, Foundation, glibc and C++ report a
    /// failed allocation, compared in lower case; under RLIMIT_AS one means the memory limit was hit.
    static let allocationFailureMarkers = [
        "failed to allocate", "unable to allocate", "could not allocate", "cannot allocate memory",
        "allocation failed", "out of memory", "bad_alloc",
    ]

    /// Why a worker that gave no answer ended: a deadline kill, an allocation failure reported on
    /// standard error (whatever signal followed it), SIGXCPU, another signal or an exit status.
    package static func classify(_ ending: WorkerEnding, limits: WorkerLimits) -> WorkerDeath {
        if let seconds = ending.killedAfterSeconds { return .timedOut(seconds: seconds) }
        let errors = ending.standardError.lowercased()
        if allocationFailureMarkers.contains(where: errors.contains) { return .exceededMemoryLimit(bytes: limits.memoryBytes) }
        switch ending.termination {
        case .signalled(let signal) where signal == SIGXCPU: return .exceededCPULimit(seconds: limits.cpuSeconds)
        case .signalled(let signal): return .crashed(signal: signal)
        case .exited(let status): return .exitedWithoutAnswer(status: status)
        }
    }
}
