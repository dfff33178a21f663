/// The one job a worker process does before it exits.
package enum WorkerJob: Codable, Sendable, Equatable {
    /// Read, parse and assess one file; the answer is one ``ParseResponse``.
    case parse(ParseRequest)
    /// Write digests from the history; the answer is a stream of ``DigestWorkerLine``s.
    case digests(DigestRequest)
}

/// What a worker reads from standard input: its limits, applied first, and its job.
package struct WorkerInput: Codable, Sendable, Equatable {
    package var limits: WorkerLimits
    package var job: WorkerJob

    package init(limits: WorkerLimits, job: WorkerJob) {
        self.limits = limits
        self.job = job
    }
}
