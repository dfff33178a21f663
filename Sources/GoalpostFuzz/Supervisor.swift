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

    /// What the supervisor knows about the worker it watches: the input in hand, how many history
    /// operations of it finished, the worker's peak memory so far.
    private struct Watch {
        var current: (iteration: Int, kind: FuzzKind)?
        var operations = 0
        var peakKilobytes = 0
    }

    /// One worker's life; returns the job to resume with when it ended on a finding.
    private func runWorker(_ job: WorkerJob) throws -> WorkerJob? {
        let scratch = plan.out.appendingPathComponent("scratch-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let worker = try WorkerProcess(
            executable: plan.executable,
            arguments: job.arguments + ["--fixtures", plan.fixtures.path, "--scratch", scratch.path, "--memory-mb", "\(plan.memoryCapMB)"]
                + plan.avoidArguments,
            stderrFile: scratch.appendingPathComponent("stderr.txt"), backtraces: plan.backtraces)
        var watch = Watch()
        while true {
            let event = worker.next(timeout: watch.current == nil ? 120 : plan.timeout, capKilobytes: plan.memoryCapMB * 1024)
            tally.peakKilobytes = max(tally.peakKilobytes, worker.peakKilobytes)
            switch event {
            case .line(let line):
                if apply(line, to: &watch), timeIsUp {
                    worker.stop()
                    return nil
                }
            case .silent:
                worker.stop()
                return try found(.hang(seconds: plan.timeout), watch, job, worker, scratch)
            case .overMemory(let kilobytes):
                worker.stop()
                return try found(.memory(kilobytes: kilobytes), watch, job, worker, scratch)
            case .ended:
                switch worker.wait() {
                case .exited(0) where watch.current == nil: return nil
                case .signalled(let signal): return try found(.trap(signal: signal), watch, job, worker, scratch)
                case .exited(let status): return try found(.exit(status: status), watch, job, worker, scratch)
                }
            }
        }
    }

    /// Applies one report line of the worker; true when it finished an input.
    private func apply(_ line: String, to watch: inout Watch) -> Bool {
        let fields = line.split(separator: " ").map(String.init)
        guard let tag = fields.first, fields.count >= 3 else { return false }
        switch tag {
        case "B":
            watch.current = (Int(fields[1]) ?? 0, FuzzKind(rawValue: fields[2]) ?? .text)
            watch.operations = 0
        case "R":
            tally.record(label: fields[1], outcome: fields[2])
            watch.operations += 1
        case "E" where fields.count >= 4:
            let peak = Int(fields[3]) ?? 0
            if let current = watch.current {
                tally.finish(current.kind, iteration: current.iteration, micros: UInt64(fields[2]) ?? 0)
                if watch.peakKilobytes > 0 { tally.noteGrowth(peak - watch.peakKilobytes, current.kind, iteration: current.iteration) }
            }
            watch.peakKilobytes = max(watch.peakKilobytes, peak)
            tally.peakKilobytes = max(tally.peakKilobytes, peak)
            watch.current = nil
            progress()
            return true
        default: break
        }
        return false
    }

    /// Records what happened to the input in hand, saves it when new; returns the job from the next input on.
    private func found(_ problem: Finding.Problem, _ watch: Watch, _ job: WorkerJob, _ worker: WorkerProcess, _ scratch: URL) throws -> WorkerJob {
        let standardError = worker.standardError
        guard let current = watch.current else {
            throw FuzzError.cannotStartWorker(reason: "the worker ended (\(problem.summary)) between inputs: \(standardError.suffix(500))")
        }
        let (message, frame) = Finding.diagnose(standardError: standardError)
        var finding = Finding(problem: problem, kind: current.kind, iteration: current.iteration, message: message, frame: frame)
        if case .replay(let files) = job { finding.input = files[current.iteration] }
        if tally.add(finding) {
            finding = saver.save(finding, job: job, operations: watch.operations, standardError: standardError)
            if case .trap = problem, plan.gdb, let trace = StackProbe.backtrace(of: finding.input, plan: plan, scratch: scratch) {
                let (gdbMessage, gdbFrame) = Finding.diagnose(standardError: standardError + "\n" + trace)
                if !gdbFrame.isEmpty { finding.frame = gdbFrame }
                if finding.message.isEmpty { finding.message = gdbMessage }
                saver.appendLog(trace, to: finding)
            }
            tally.updateLast(finding)
            if plan.verbose { log("finding: \(finding.problem.summary) \(finding.kind.rawValue) iteration \(finding.iteration): \(finding.message) @ \(finding.frame) -> \(finding.input)") }
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
