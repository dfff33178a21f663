import Foundation

/// A worker child process: its report lines with a timeout, its memory, its end.
final class WorkerProcess {
    /// What waiting for the next line gave.
    enum Event {
        case line(String)
        /// No line within the timeout.
        case silent
        /// The worker's resident memory passed the cap (KiB).
        case overMemory(Int)
        /// The worker closed its output (it ended).
        case ended
    }

    /// How the worker ended.
    enum Ending {
        case exited(Int32)
        case signalled(Int32)
    }

    let process = Process()
    let stderrFile: URL
    private let output = Pipe()
    private var buffer: [UInt8] = []
    private var lines: [String] = []
    /// Highest VmHWM seen, KiB.
    private(set) var peakKilobytes = 0

    /// Starts `executable worker ARGS`; the worker's standard error goes to `stderrFile`.
    init(executable: String, arguments: [String], stderrFile: URL, backtraces: Bool) throws {
        self.stderrFile = stderrFile
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["worker"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = backtraces
            ? "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=40,sanitize=yes"
            : "enable=no"
        process.environment = environment
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw FuzzError.cannotStartWorker(reason: "\(error)") }
    }

    /// The next report line, waiting at most `timeout` seconds; checks memory against `capKilobytes` meanwhile.
    func next(timeout: Double, capKilobytes: Int) -> Event {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if !lines.isEmpty { return .line(lines.removeFirst()) }
            if let resident = ProcessMemory.residentKilobytes(pid: process.processIdentifier) {
                peakKilobytes = max(peakKilobytes, ProcessMemory.peakKilobytes(pid: process.processIdentifier) ?? resident)
                if resident > capKilobytes { return .overMemory(resident) }
            }
            if Date() > deadline { return .silent }
            var descriptor = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor.fd, $0.baseAddress, $0.count) }
            if count <= 0 { return lines.isEmpty ? .ended : .line(lines.removeFirst()) }
            buffer += chunk[0..<count]
            while let newline = buffer.firstIndex(of: 0x0A) {
                lines.append(String(decoding: buffer[..<newline], as: UTF8.self))
                buffer.removeSubrange(...newline)
            }
        }
    }

    /// Kills the worker (if still running) and waits for it.
    @discardableResult
    func stop() -> Ending {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        return wait()
    }

    /// Waits for the worker to end.
    func wait() -> Ending {
        process.waitUntilExit()
        try? output.fileHandleForReading.close()
        return process.terminationReason == .uncaughtSignal ? .signalled(process.terminationStatus) : .exited(process.terminationStatus)
    }

    /// What the worker wrote on standard error (the fatal error line and backtrace of a trap).
    var standardError: String {
        (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
    }
}
