#if canImport(Glibc)
import Glibc
#endif

/// The resources one worker process may use before the kernel stops it.
package struct WorkerLimits: Codable, Sendable, Equatable {
    /// Seconds of CPU time (RLIMIT_CPU): past them the kernel sends SIGXCPU, a little later SIGKILL.
    package var cpuSeconds: Int
    /// Bytes of address space (RLIMIT_AS): allocations past it fail, and the worker stops.
    package var memoryBytes: Int

    /// Seconds between the soft CPU limit (SIGXCPU) and the hard one (SIGKILL).
    static let cpuGraceSeconds = 5

    package init(cpuSeconds: Int, memoryBytes: Int) {
        self.cpuSeconds = cpuSeconds
        self.memoryBytes = memoryBytes
    }

    /// Applies both limits to the calling process (and so to any converter it starts). With
    /// `renewable`, the hard CPU limit is left as it is, so ``renewCPUBudget()`` can give each
    /// report of a long job its own ``cpuSeconds``.
    package func apply(renewable: Bool = false) throws {
        let memory = rlim_t(clamping: memoryBytes)
        try Self.set(RLIMIT_AS, soft: memory, hard: memory)
        if renewable { return try renewCPUBudget() }
        try Self.set(RLIMIT_CPU, soft: cpuBudget, hard: cpuBudget.addingSaturated(rlim_t(Self.cpuGraceSeconds)))
    }

    /// Moves the soft CPU limit to ``cpuSeconds`` past the CPU time used so far (within the hard
    /// limit); SIGXCPU still ends the worker.
    package func renewCPUBudget() throws {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let used = rlim_t(clamping: usage.ru_utime.tv_sec) + rlim_t(clamping: usage.ru_stime.tv_sec) + 1
        try Self.set(RLIMIT_CPU, soft: used.addingSaturated(cpuBudget), hard: .max)
    }

    private var cpuBudget: rlim_t { rlim_t(clamping: max(cpuSeconds, 1)) }

    /// Sets `resource`'s limits, never above its current hard limit (only root may raise that).
    private static func set(_ resource: __rlimit_resource, soft: rlim_t, hard: rlim_t) throws {
        var current = rlimit()
        getrlimit(Int32(resource.rawValue), &current)
        let ceiling = min(hard, current.rlim_max)
        var limit = rlimit(rlim_cur: min(soft, ceiling), rlim_max: ceiling)
        guard setrlimit(Int32(resource.rawValue), &limit) == 0 else {
            throw WorkerError.cannotLimit(resource: resource == RLIMIT_CPU ? "RLIMIT_CPU" : "RLIMIT_AS", errno: errno)
        }
    }
}

extension rlim_t {
    /// The sum, or the largest value (RLIM_INFINITY) when it overflows.
    fileprivate func addingSaturated(_ other: rlim_t) -> rlim_t {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
