import Foundation

/// Replays a saved input under gdb to get the whole stack of a trap: the runtime's backtracer
/// stops at C frames (libxml2, zlib), gdb does not.
enum StackProbe {
    /// gdb's backtrace of the trap `file` causes, or nil when gdb is missing or it does not trap in time.
    static func backtrace(of file: String, plan: FuzzPlan, scratch: URL) -> String? {
        let gdb = ["/usr/bin/gdb", "/usr/local/bin/gdb"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let gdb else { return nil }
        let log = scratch.appendingPathComponent("gdb.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        guard let handle = try? FileHandle(forWritingTo: log) else { return nil }
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gdb)
        process.arguments = ["-nx", "-batch", "-ex", "run", "-ex", "bt 60", "--args", plan.executable, "worker", "--replay", file,
                             "--fixtures", plan.fixtures.path, "--scratch", scratch.path, "--memory-mb", "\(plan.memoryCapMB)"] + plan.avoidArguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let deadline = Date().addingTimeInterval(max(60, plan.timeout * 2))
        while process.isRunning && Date() < deadline { usleep(100_000) }
        if process.isRunning {
            // gdb's inferior is its child: end both (the worker also ends itself once gdb is gone).
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.contains("received signal") ? text : nil
    }
}
