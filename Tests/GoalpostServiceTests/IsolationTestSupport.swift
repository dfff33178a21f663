import Foundation
import GoalpostCore

@testable import GoalpostService

/// The built goalpostd (the worker executable) and fixtures for the isolation tests.
enum WorkerFixtures {
    /// goalpostd, built next to the test bundle by `swift build --build-tests`.
    static var executable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("goalpostd")
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let sample = fixtures.appendingPathComponent("linan-2023-annual.txt")

    /// Generous limits for a worker that should answer.
    static let roomy = WorkerLimits(cpuSeconds: 600, memoryBytes: 4_294_967_296)

    static func parser(_ limits: WorkerLimits = roomy, wallSeconds: Double = 600) -> IsolatedParser {
        IsolatedParser(executable: executable, limits: limits, wallSeconds: wallSeconds)
    }

    /// The request to parse `url` as it is now.
    static func request(_ url: URL, name: String? = nil) throws -> ParseRequest {
        ParseRequest(
            file: url.path, fileName: name ?? url.lastPathComponent, sha256: SHA256.hex(Array(try Data(contentsOf: url))))
    }

    /// A CSV progress table of `rows` tasks whose progress cells repeat the sample's text `repeats` times.
    static func bigTable(rows: Int, repeats: Int) -> String {
        var text = "2023年政府工作报告重点工作完成情况表\n序号,工作目标,工作任务,完成情况\n"
        let progress = String(repeating: "全年共清理“三块地”22853亩，其中清理批而未供土地4286亩，完成两批次共28个项目验收；", count: repeats)
        for row in 1...rows {
            text += "\(row),扩空间,临安区消化清理批而未供土地9500亩以上第\(row)项。,\(progress)\n"
        }
        return text
    }

}

/// Runs `body` with a fresh directory that is removed afterwards.
func withScratchDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("goalpost-isolation-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}
