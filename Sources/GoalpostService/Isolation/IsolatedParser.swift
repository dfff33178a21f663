import Foundation

/// Parses each file in a `goalpostd --worker` child process under CPU-time and memory limits, so
/// no file can crash or exhaust the daemon: a worker's death becomes the file's failure reason.
package struct IsolatedParser: ReportParser {
    /// The goalpostd executable to start with `--worker`.
    package let executable: URL
    /// The limits the worker applies to itself before it reads the file.
    package let limits: WorkerLimits
    /// Seconds of wall-clock time after which a worker still running is killed (one blocked on
    /// I/O uses no CPU time, so the CPU limit alone cannot stop it).
    package let wallSeconds: Double

    package init(executable: URL, limits: WorkerLimits, wallSeconds: Double) {
        self.executable = executable
        self.limits = limits
        self.wallSeconds = wallSeconds
    }

    package func respond(to request: ParseRequest) -> ParseResponse {
        switch run(request) {
        case .answered(let response):
            return response
        case .died(.exitedWithoutAnswer(let status)) where IsolatedWorker.environmentFaults.contains(status):
            // The worker could not take the job (or apply its limits): nothing about the file.
            return .unavailable(.cannotStartWorker, reason: "the worker process for '\(request.fileName.messageSafe(limit: 120))' exited with status \(status) before reading it")
        case .died(.cannotStart(let reason)):
            return .unavailable(.cannotStartWorker, reason: "no worker process can be started to read '\(request.fileName.messageSafe(limit: 120))': \(reason)")
        case .died(let death):
            return .poisoned(reason: "Cannot read '\(request.fileName.messageSafe(limit: 120))': the worker process reading it \(death).")
        }
    }

    /// Asks a worker to answer `request`.
    package func run(_ request: ParseRequest) -> WorkerResult<ParseResponse> {
        let worker = WorkerProcess(executable: executable, quietSeconds: wallSeconds)
        let finished: WorkerProcess.Run
        do {
            finished = try worker.run(WorkerInput(limits: limits, job: .parse(request)))
        } catch {
            return .died(.cannotStart(reason: "\(error)"))
        }
        if let response = try? JSONDecoder().decode(ParseResponse.self, from: finished.output) { return .answered(response) }
        if !finished.output.isEmpty, finished.ending.termination == .exited(status: 0) {
            return .died(.undecodableAnswer(reason: "\(finished.output.count) bytes that are not a parse response"))
        }
        return .died(WorkerDeath.classify(finished.ending, limits: limits))
    }
}
