import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Starts `goalpostd --worker`, hands it one ``WorkerInput`` and collects what it writes.
struct WorkerProcess: Sendable {
    /// The goalpostd executable.
    let executable: URL
    /// Seconds the worker may go without writing to standard output before it is killed.
    let quietSeconds: Double

    /// How much of standard error is kept for classifying a death.
    static let standardErrorKept = 16_384

    /// What a finished worker left: all of standard output, and how it ended.
    struct Run: Sendable {
        var output: Data
        var ending: WorkerEnding
    }

    /// Runs the worker to its end; throws when it cannot be started.
    func run(_ input: WorkerInput) throws -> Run {
        let job = try JSONEncoder().encode(input)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--worker"]
        process.environment = Self.environment()
        let (toWorker, fromWorker, workerErrors) = (Pipe(), Pipe(), Pipe())
        process.standardInput = toWorker
        process.standardOutput = fromWorker
        process.standardError = workerErrors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        _ = Self.ignoreBrokenPipes
        try process.run()
        let outputDrain = PipeDrain(fromWorker.fileHandleForReading)
        let errorDrain = PipeDrain(workerErrors.fileHandleForReading, keepLast: Self.standardErrorKept)
        Self.write(job, to: toWorker.fileHandleForWriting)
        let killedAfter = wait(for: process, finished: finished, activity: outputDrain)
        let ending = WorkerEnding(
            termination: process.terminationReason == .uncaughtSignal
                ? .signalled(process.terminationStatus) : .exited(status: process.terminationStatus),
            killedAfterSeconds: killedAfter,
            standardError: String(decoding: errorDrain.collected(), as: UTF8.self))
        return Run(output: outputDrain.collected(), ending: ending)
    }

    /// Waits for the worker's end, killing it once it has been quiet for ``quietSeconds``; returns
    /// the quiet seconds when it was killed.
    private func wait(for process: Process, finished: DispatchSemaphore, activity: PipeDrain) -> Double? {
        while true {
            let deadline = activity.lastActivity.addingTimeInterval(quietSeconds)
            let remaining = max(deadline.timeIntervalSinceNow, 0)
            if finished.wait(timeout: .now() + remaining) == .success { return nil }
            if activity.lastActivity.addingTimeInterval(quietSeconds) <= Date() {
                // SIGKILL: a worker has nothing to clean up, and one stuck in I/O must not hang the daemon.
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
                return quietSeconds
            }
        }
    }

    /// The worker's environment: the daemon's (PATH finds the converters, TMPDIR their scratch
    /// files), without Swift's backtracer (which would allocate and slow a crash down) and with
    /// few malloc arenas (each reserves 64 MB of address space, counted against RLIMIT_AS).
    static func environment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["MALLOC_ARENA_MAX"] = "2"
        environment[IsolatedWorker.parentVariable] = String(getpid())
        return environment
    }

    /// A worker that dies before reading its input must not kill the daemon with SIGPIPE: ignore
    /// it once, so a write to a closed pipe fails with EPIPE instead.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// Writes all of `data` to `handle` and closes it; a worker gone early (EPIPE) just ends the write.
    private static func write(_ data: Data, to handle: FileHandle) {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(handle.fileDescriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { break }
                offset += written
            }
        }
        try? handle.close()
    }
}
