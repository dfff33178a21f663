import Foundation

/// The outcome of running one of the built executables.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Parses stdout as JSON.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
}

/// Runs the real binaries built next to the test bundle.
enum CLIRunner {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The build products folder: where the test runner itself lives.
    static var productsFolder: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// Runs `executable` in a fresh ``ProcessSandbox`` (removed afterwards); `environment` overrides its variables.
    static func run(_ arguments: [String], executable: String = "goalpost", environment: [String: String] = [:]) throws -> CommandResult {
        let sandbox = try ProcessSandbox()
        defer { sandbox.remove() }
        let process = Process()
        process.executableURL = productsFolder.appendingPathComponent(executable)
        process.arguments = arguments
        process.environment = sandbox.environment(["COLUMNS": "160", "NO_COLOR": "1"].merging(environment) { $1 })
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Runs `body` with a fresh directory that is removed afterwards.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("goalpost-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// Runs `body` with a temporary home that already holds the sample report.
func withSampleHome<T>(_ body: (URL) throws -> T) throws -> T {
    try withTemporaryDirectory { home throws in
        let result = try CLIRunner.run(["ingest", "--home", home.path, CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt").path])
        guard result.status == 0 else { throw CLITestError.setupFailed(result.stderr + result.stdout) }
        return try body(home)
    }
}

enum CLITestError: Error { case setupFailed(String) }
