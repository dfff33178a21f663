import Foundation
import Synchronization

/// A real goalpostd running on a temporary home, for end-to-end tests.
///
/// It runs in its own ``ProcessSandbox`` (no user `HOME`, no inherited `GOALPOST_*`), its stderr
/// is read as it comes (so a chatty daemon never blocks on a full pipe and tests can wait for a
/// log line), and it is stopped when the object goes away, whichever way the test ends.
final class DaemonProcess {
    let home: URL
    let process = Process()
    private let sandbox: ProcessSandbox
    private let errorLog = StreamCollector()

    var inbox: URL { home.appendingPathComponent("inbox") }

    /// Starts goalpostd on `home`; `options` override the test defaults (short quiet period, rare
    /// reconcile scans), and the flags in `omitting` are left out so the daemon's own default applies.
    init(home: URL, options: [String: String] = [:], omitting: Set<String> = []) throws {
        self.home = home
        sandbox = try ProcessSandbox()
        process.executableURL = CLIRunner.productsFolder.appendingPathComponent("goalpostd")
        let defaults = ["--quiet-period": "0.2", "--poll-interval": "0.1", "--reconcile-interval": "30"]
        let merged = defaults.merging(options) { $1 }.filter { !omitting.contains($0.key) }
        process.arguments = ["--home", home.path] + merged.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
        process.environment = sandbox.environment()
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            sandbox.remove()
            throw error
        }
        errorLog.start(reading: errorPipe.fileHandleForReading)
    }

    /// Waits until the daemon wrote its status file (it has scanned once).
    func waitUntilReady() throws {
        try waitUntil("daemon ready") { FileManager.default.fileExists(atPath: self.home.appendingPathComponent("goalpostd.status.json").path) }
    }

    /// Waits until the daemon's stderr contains `text`.
    func waitForLog(_ text: String) throws {
        try waitUntil("log line '\(text)'") { self.errorLog.text.contains(text) }
    }

    /// Sends SIGTERM and returns the exit status.
    func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The daemon's stderr: all of it once the daemon has exited, what it wrote so far before.
    func log() -> String {
        if !process.isRunning { errorLog.waitUntilClosed() }
        return errorLog.text
    }

    deinit {
        if process.isRunning { process.interrupt(); process.waitUntilExit() }
        sandbox.remove()
    }
}

/// Reads a pipe on its own thread until end of file and keeps what came.
private final class StreamCollector: Sendable {
    private let data = Mutex(Data())
    private let closed = DispatchSemaphore(value: 0)

    /// Starts the reading thread.
    func start(reading handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                data.withLock { $0.append(chunk) }
            }
            closed.signal()
        }
    }

    /// What was read so far, as UTF-8.
    var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }

    /// Waits (up to a minute: a converter the daemon started may hold the pipe a moment longer) for end of file.
    func waitUntilClosed() {
        if closed.wait(timeout: .now() + 60) == .success { closed.signal() }
    }
}

struct TimeoutError: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for \(what)" }
}

/// Polls `condition` every 50 ms until it holds or `timeout` seconds pass.
///
/// The deadline only bounds how long a broken test hangs: it is far beyond what any condition
/// needs on an idle machine, so a busy one (parallel builds on two cores) cannot fail a test.
func waitUntil(_ what: String, timeout: Double = 120, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try condition() { return }
        usleep(50_000)
    }
    if try condition() { return }
    throw TimeoutError(what: what)
}

/// Files under `folder`, relative paths, sorted.
func files(in folder: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    return enumerator.compactMap { $0 as? String }.filter {
        if $0.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return false }  // the daemon's own records
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isDirectory)
        return !isDirectory.boolValue
    }.sorted()
}

/// A small table naming no region, for folder-derived regions.
let regionlessTable = """
    2022年政府工作报告重点工作完成情况表

    \t序号
    \t工作目标
    \t工作任务
    \t完成情况

    \t1
    \t扩空间
    \t工业用地供地1000亩以上。
    \t全年共出让工业用地1613亩。

    \t2
    \t
    \t建成开放公园。
    \t已完成。

    """
