import Foundation

/// Runs a job in worker processes, one input at a time under a watchdog: a worker that dies,
/// goes silent past the timeout or passes the memory cap is a finding; its input is saved and
/// a new worker goes on from the next iteration. No worker outlives the supervisor.
package final class Supervisor {
    let plan: FuzzPlan
    let saver: FindingSaver
    package private(set) var tally = RunTally()
    private let started = Date()
    private var lastProgress = Date()

    package init(plan: FuzzPlan) throws {
        self.plan = plan
        saver = FindingSaver(plan: plan, generator: FormatInputGenerator(corpus: try SeedCorpus(fixtures: plan.fixtures)))
    }

    /// Seconds since the supervisor started.
    package var elapsed: Double { Date().timeIntervalSince(started) }

    /// Runs `job` to its end (or until the plan's time is up).
    package func run(_ job: WorkerJob) throws {
        var next: WorkerJob? = job
        while let job = next, !job.range.isEmpty, !timeIsUp {
            next = try runWorker(job)
        }
    }

    private var timeIsUp: Bool { plan.seconds.map { elapsed >= $0 } ?? false }

    /// One worker's life; returns the job to resume with when it ended on a finding.
    private func runWorker(_ job: WorkerJob) throws -> WorkerJob? {
        let scratch = plan.out.appendingPathComponent("scratch-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let worker = try WorkerProcess(
            executable: plan.executable,
            arguments: job.arguments + ["--fixtures", plan.fixtures.path, "--scratch", scratch.path, "--memory-mb", "\(plan.memoryCapMB)"] + plan.avoidArguments,
            stderrFile: scratch.appendingPathComponent("stderr.txt"), backtraces: plan.backtraces)
        var current: (iteration: Int, kind: FuzzKind, started: Date)?
        var operations = 0
        var workerPeak = 0
        while true {
            let event = worker.next(timeout: current == nil ? 120 : plan.timeout, capKilobytes: plan.memoryCapMB * 1024)
            tally.peakKilobytes = max(tally.peakKilobytes, worker.peakKilobytes)
            switch event {
            case .line(let line):
                let fields = line.split(separator: " ").map(String.init)
                switch fields.first ?? "" {
                case "B":
                    current = (Int(fields[1]) ?? 0, FuzzKind(rawValue: fields[2]) ?? .text, Date())
                    operations = 0
                case "R" where fields.count >= 3:
                    tally.record(label: fields[1], outcome: fields[2])
                    operations += 1
                case "E":
                    let peak = Int(fields[3]) ?? 0
                    if let current {
                        tally.finish(current.kind, iteration: current.iteration, micros: UInt64(fields[2]) ?? 0)
                        if workerPeak > 0 { tally.noteGrowth(peak - workerPeak, current.kind, iteration: current.iteration) }
                    }
                    workerPeak = max(workerPeak, peak)
                    tally.peakKilobytes = max(tally.peakKilobytes, peak)
                    current = nil
                    progress()
                    if timeIsUp { worker.stop(); return nil }
                default: break
                }
            case .silent:
                worker.stop()
                guard let current else { throw FuzzError.cannotStartWorker(reason: "the worker printed nothing for 120 s") }
                return found(.hang(seconds: plan.timeout), current, job, operations, worker, scratch)
            case .overMemory(let kilobytes):
                worker.stop()
                guard let current else { throw FuzzError.cannotStartWorker(reason: "the worker used \(kilobytes / 1024) MB before its first input") }
                return found(.memory(kilobytes: kilobytes), current, job, operations, worker, scratch)
            case .ended:
                let ending = worker.wait()
                guard let current else {
                    if case .exited(0) = ending { return nil }
                    throw FuzzError.cannotStartWorker(reason: "the worker ended (\(ending)) between inputs: \(worker.standardError.suffix(500))")
                }
                switch ending {
                case .signalled(let signal): return found(.trap(signal: signal), current, job, operations, worker, scratch)
                case .exited(let status): return found(.exit(status: status), current, job, operations, worker, scratch)
                }
            }
        }
    }

    private func found(
        _ problem: Finding.Problem, _ current: (iteration: Int, kind: FuzzKind, started: Date), _ job: WorkerJob, _ operations: Int,
        _ worker: WorkerProcess, _ scratch: URL
    ) -> WorkerJob {
        let standardError = worker.standardError
        let (message, frame) = Finding.diagnose(standardError: standardError)
        var finding = Finding(problem: problem, kind: current.kind, iteration: current.iteration, message: message, frame: frame)
        if case .replay(let files) = job { finding.input = files[current.iteration] }
        if tally.add(finding) {
            finding = saver.save(finding, job: job, operations: operations, standardError: standardError)
            if case .trap = problem, plan.gdb, let trace = StackProbe.backtrace(of: finding.input, plan: plan, scratch: scratch) {
                let (gdbMessage, gdbFrame) = Finding.diagnose(standardError: standardError + "\n" + trace)
                if !gdbFrame.isEmpty { finding.frame = gdbFrame }
                if finding.message.isEmpty { finding.message = gdbMessage }
                saver.appendLog(trace, to: finding)
            }
            tally.updateLast(finding)
            if plan.verbose { log("finding: \(finding.problem.summary) \(finding.kind.rawValue) iteration \(finding.iteration): \(message) @ \(frame) -> \(finding.input)") }
        }
        if case .replay(let files) = job { return .replay(files: Array(files.dropFirst(current.iteration + 1))) }
        return job.resumed(at: current.iteration + 1)
    }

    private func progress() {
        guard plan.verbose, Date().timeIntervalSince(lastProgress) >= 10 else { return }
        lastProgress = Date()
        let inputs = tally.iterations.values.reduce(0) { $0 + $1.count }
        log(String(format: "[%.0f s] %d inputs, %d findings (%d distinct), peak %d MB", elapsed, inputs, tally.findingCount, tally.findings.count, tally.peakKilobytes / 1024))
    }

    private func log(_ text: String) {
        FileHandle.standardError.write(Data("goalpost-fuzz: \(text)\n".utf8))
    }
}
