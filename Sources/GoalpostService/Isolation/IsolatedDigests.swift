import Foundation

/// Writes digests in `goalpostd --worker` child processes under the file limits: a report whose
/// digest kills a worker is skipped with the reason, and a new worker does the rest.
package struct IsolatedDigests: Sendable {
    /// The goalpostd executable to start with `--worker`.
    package let executable: URL
    /// The limits each worker applies (the CPU time is granted per report).
    package let limits: WorkerLimits
    /// Seconds a worker may go without finishing a report before it is killed.
    package let wallSeconds: Double
    /// The history, digests folder and aliases every job uses; its action and skip list are replaced.
    package let template: DigestRequest

    package init(executable: URL, limits: WorkerLimits, wallSeconds: Double, database: URL, digests: URL,
                 regionAliases: [String: String] = [:], categoryAliases: [String: String] = [:]) {
        self.executable = executable
        self.limits = limits
        self.wallSeconds = wallSeconds
        template = DigestRequest(
            database: database.path, digests: digests.path, regionAliases: regionAliases,
            categoryAliases: categoryAliases, action: .writeMissing(region: nil))
    }

    /// ``DigestWriter/refresh(after:)`` in workers; returns the reports skipped.
    @discardableResult
    package func refresh(after id: Int64) throws -> [SkippedDigest] {
        try run(.refresh(after: id))
    }

    /// ``DigestWriter/writeMissing(region:)`` in workers; returns the reports skipped.
    @discardableResult
    package func writeMissing(region: String? = nil) throws -> [SkippedDigest] {
        try run(.writeMissing(region: region))
    }

    /// Runs `action` in one worker after another until one finishes, each skipping the reports
    /// that killed the ones before; throws when a worker fails or dies outside any report.
    private func run(_ action: DigestAction) throws -> [SkippedDigest] {
        var skipped: [SkippedDigest] = []
        while true {
            var request = template
            request.action = action
            request.skip = skipped.map(\.reportId)
            switch try attempt(request) {
            case .finished:
                return skipped
            case .died(let culprit, let death):
                guard !request.skip.contains(culprit) else { throw DigestWorkerFailure.died(death) }
                skipped.append(SkippedDigest(reportId: culprit, reason: "the worker process making its digest \(death)"))
            }
        }
    }

    private enum Attempt {
        case finished
        case died(reportId: Int64, WorkerDeath)
    }

    private func attempt(_ request: DigestRequest) throws -> Attempt {
        let worker = WorkerProcess(executable: executable, quietSeconds: wallSeconds)
        let finished: WorkerProcess.Run
        do {
            finished = try worker.run(WorkerInput(limits: limits, job: .digests(request)))
        } catch {
            throw DigestWorkerFailure.died(.cannotStart(reason: "\(error)"))
        }
        let lines = DigestProgressLog(finished.output)
        if lines.finished { return .finished }
        if let reason = lines.failure { throw DigestWorkerFailure.failed(reason: reason) }
        let death = WorkerDeath.classify(finished.ending, limits: limits)
        guard let culprit = lines.unfinishedReport else { throw DigestWorkerFailure.died(death) }
        return .died(reportId: culprit, death)
    }
}

/// A report whose digests were not written, and why.
package struct SkippedDigest: Sendable, Equatable {
    package var reportId: Int64
    /// One English clause: "the worker process making its digest exceeded the memory limit …".
    package var reason: String
}

/// Why a digest job could not be done at all.
package enum DigestWorkerFailure: Error, Equatable, CustomStringConvertible {
    /// The worker reported an error that is not one report's fault (the database cannot be read, say).
    case failed(reason: String)
    /// The worker died outside the making of any one report.
    case died(WorkerDeath)

    package var description: String {
        switch self {
        case .failed(let reason): return reason
        case .died(let death): return "the digest worker process \(death)"
        }
    }
}
