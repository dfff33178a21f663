import Foundation

/// A real goalpostd running on a temporary home, for end-to-end tests.
final class DaemonProcess {
    let home: URL
    let process = Process()
    private let errorPipe = Pipe()

    var inbox: URL { home.appendingPathComponent("inbox") }

    /// Starts goalpostd on `home`; `options` override the test defaults (short quiet period, rare reconcile scans).
    init(home: URL, options: [String: String] = [:]) throws {
        self.home = home
        process.executableURL = CLIRunner.productsFolder.appendingPathComponent("goalpostd")
        let defaults = ["--quiet-period": "0.2", "--poll-interval": "0.1", "--reconcile-interval": "30"]
        let merged = defaults.merging(options) { $1 }
        process.arguments = ["--home", home.path] + merged.keys.sorted().flatMap { [$0, merged[$0]!] }
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits until the daemon wrote its status file (it has scanned once).
    func waitUntilReady() throws {
        try waitUntil("daemon ready") { FileManager.default.fileExists(atPath: self.home.appendingPathComponent("goalpostd.status.json").path) }
    }

    /// Sends SIGTERM and returns the exit status.
    func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The daemon's stderr so far (only after it exited).
    func log() -> String {
        String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    deinit {
        if process.isRunning { process.interrupt(); process.waitUntilExit() }
    }
}

struct TimeoutError: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for \(what)" }
}

/// Polls `condition` until it holds or `timeout` seconds pass.
func waitUntil(_ what: String, timeout: Double = 15, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try condition() { return }
        usleep(20_000)
    }
    throw TimeoutError(what: what)
}

/// Files under `folder`, relative paths, sorted.
func files(in folder: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    return enumerator.compactMap { $0 as? String }.filter {
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
