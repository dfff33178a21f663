import Foundation
import GoalpostCore

#if canImport(Glibc)
import Glibc
#endif

/// Runs the external converter for PDF and .doc files and returns the text it produced.
///
/// This blocks while the converter runs: call it from a dedicated thread or a detached task,
/// never from a Swift concurrency thread that other work waits on.
package struct ExternalConverter: Sendable {
    /// Folders searched for converter executables, in order.
    package var searchPath: [String]
    /// Longest a converter may run before it is stopped.
    package var timeoutSeconds: Int

    package init(searchPath: [String]? = nil, timeoutSeconds: Int = 60) {
        self.searchPath = searchPath ?? Self.environmentPath()
        self.timeoutSeconds = timeoutSeconds
    }

    /// What a conversion produced.
    package struct Conversion: Sendable, Equatable {
        /// The text, UTF-8 encoded.
        package var text: [UInt8]
        /// The converter's executable name, for logs and outcomes ("pdftotext").
        package var converter: String
    }

    /// The full path of `executable` on the search path, or nil when it is not installed.
    package func locate(_ executable: String) -> String? {
        searchPath.map { ($0 as NSString).appendingPathComponent(executable) }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Converts the file at `url` with `tool`; throws ``ConversionError`` naming the file `name`
    /// (default: the path's last component).
    package func convert(_ url: URL, with tool: ConverterTool, name: String? = nil) throws -> Conversion {
        let file = name ?? url.lastPathComponent
        guard let executable = locate(tool.executable) else {
            throw ConversionError.missingConverter(
                file: file, executable: tool.executable, debianPackage: tool.debianPackage)
        }
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("goalpost-convert-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let status = try run(executable, tool.commandArguments(input: url.path), output: output, tool: tool, file: file)
        let text = Array((try? Data(contentsOf: output)) ?? Data())
        guard status.code == 0 else {
            throw ConversionError.failed(file: file, executable: tool.executable, status: status.code, message: status.message)
        }
        return Conversion(text: text, converter: tool.executable)
    }

    /// Runs the converter with stdout to a file (no pipe to drain) and waits up to the timeout.
    private func run(
        _ executable: String, _ arguments: [String], output: URL, tool: ConverterTool, file: String
    ) throws -> (code: Int32, message: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = FileManager.default.temporaryDirectory
            .appendingPathComponent("goalpost-convert-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            // SIGKILL: a converter has nothing to clean up, and a blocked SIGTERM must not hang us.
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw ConversionError.timedOut(file: file, executable: tool.executable, seconds: timeoutSeconds)
        }
        let message = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
            .split(whereSeparator: \.isNewline).first.map { $0.trimmingWhitespace() } ?? ""
        return (process.terminationStatus, message)
    }

    private static func environmentPath() -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map(String.init)
    }
}
