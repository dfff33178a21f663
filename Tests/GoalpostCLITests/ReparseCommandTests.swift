import Foundation
import GRDB
import Testing

/// `goalpost reparse` rebuilds reports from the originals kept in the history, through the
/// same reader as `goalpost ingest`, and refuses bytes that are not the original.
@Suite struct ReparseCommandTests {
    static var hasPdftotext: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }
    }

    @Test(.enabled(if: hasPdftotext, "pdftotext (poppler-utils) is not installed"))
    func reparseReadsAPDFReportThroughItsConverter() throws {
        try withIngestedCopy(of: "formats/linan-2023.pdf") { home, _ throws in
            let result = try CLIRunner.run(["reparse", "临安区/2023", "--home", home.path])
            #expect(result.status == 0)
            #expect(result.stdout.contains("reparsed 临安区/2023 (id 1): 158 tasks"))
        }
    }

    @Test func reparseWorksAfterTheIngestedFileWasDeleted() throws {
        try withIngestedCopy(of: "linan-2023-annual.txt") { home, file throws in
            try FileManager.default.removeItem(at: file)
            let result = try CLIRunner.run(["reparse", "--all", "--home", home.path])
            #expect(result.status == 0)
            #expect(result.stdout.contains("reparsed 临安区/2023 (id 1): 158 tasks"))
        }
    }

    @Test func reparseRefusesAFileThatIsNoLongerTheOriginalAndChangesNothing() throws {
        try withIngestedCopy(of: "linan-2023-annual.txt", as: "report.txt") { home, file throws in
            try forgetKeptOriginals(database: home.appendingPathComponent("goalpost.sqlite"))
            try FileManager.default.removeItem(at: file)
            try FileManager.default.copyItem(at: CLIRunner.fixtures.appendingPathComponent("years/linan-2024-annual.txt"), to: file)
            let before = try CLIRunner.run(["show", "临安区/2023", "--home", home.path, "--json"]).stdout
            let result = try CLIRunner.run(["reparse", "临安区/2023", "--home", home.path])
            #expect(result.status == 1)
            #expect(result.stdout.contains(
                "failed   id 1: the file at '\(file.path)' is no longer the original of 临安区/2023 (report.txt, id 1): its SHA-256 differs from the stored one"))
            #expect(try CLIRunner.run(["show", "临安区/2023", "--home", home.path, "--json"]).stdout == before)
        }
    }

    @Test func reparseRefusesAnOriginalOverTheSizeLimit() throws {
        try withSampleHome { home throws in
            let result = try CLIRunner.run(["reparse", "--all", "--home", home.path], environment: ["GOALPOST_MAX_FILE_SIZE": "1000"])
            #expect(result.status == 1)
            #expect(result.stdout.contains("failed   id 1: Cannot read 'linan-2023-annual.txt': the file is 44 KB, over the 1 KB size limit"))
        }
    }

    /// Makes the history look like one written before originals were kept: only the source path remains.
    private func forgetKeptOriginals(database: URL) throws {
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in
            if try db.tableExists("original") { try db.execute(sql: "DELETE FROM original") }
        }
    }
}

/// Runs `body` with a new home (in a temporary folder) holding one report, ingested with
/// `goalpost ingest` from a copy of the fixture at `relativePath` (named `name`, else as the fixture).
func withIngestedCopy<T>(of relativePath: String, as name: String? = nil, _ body: (_ home: URL, _ file: URL) throws -> T) throws -> T {
    try withTemporaryDirectory { folder throws in
        let source = CLIRunner.fixtures.appendingPathComponent(relativePath)
        let file = folder.appendingPathComponent(name ?? source.lastPathComponent)
        try FileManager.default.copyItem(at: source, to: file)
        let home = folder.appendingPathComponent("home")
        let result = try CLIRunner.run(["ingest", "--home", home.path, file.path])
        guard result.status == 0 else { throw CLITestError.setupFailed(result.stdout + result.stderr) }
        return try body(home, file)
    }
}
