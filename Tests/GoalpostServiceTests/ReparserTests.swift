import Foundation
import GoalpostCore
import GRDB
import Testing

@testable import GoalpostStore

@testable import GoalpostService

/// Reparse reads the kept original through the ingest's reader and never trusts a path blindly.
struct ReparserTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A temporary folder with a history, removed afterwards.
    private func withHistory<T>(_ body: (URL, ReportStore) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goalpost-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder, try ReportStore(path: folder.appendingPathComponent("goalpost.sqlite").path))
    }

    /// A stand-in antiword that logs the path it was given and prints that file (pipe text).
    private func recordingConverter(in folder: URL) throws -> ReportFileReader {
        let script = folder.appendingPathComponent("antiword")
        let log = folder.appendingPathComponent("antiword.log").path
        try "#!/bin/sh\nfor last; do :; done\necho \"$last\" >> '\(log)'\ncat \"$last\"\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return ReportFileReader(converter: ExternalConverter(searchPath: [folder.path]))
    }

    private func ingested(_ outcome: IngestOutcome) throws -> ReportSummary {
        guard case .ingested(let summary, _) = outcome else { throw ReparseTestError.notIngested("\(outcome)") }
        return summary
    }

    /// Ingests a copy of the sample, then drops its kept original: a report as stored before
    /// originals were kept, whose file is still at the path it was read from.
    private func ingestBeforeOriginalsWereKept(_ folder: URL, _ store: ReportStore) throws -> (URL, ReportSummary) {
        let file = folder.appendingPathComponent("linan.txt")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("linan-2023-annual.txt"), to: file)
        let summary = try ingested(FileIngestor(store: store).ingest(file))
        try store.dropKeptOriginals()
        return (file, summary)
    }

    @Test func aDocIsReparsedFromAPrivateTemporaryCopyOfTheKeptBytes() throws {
        try withHistory { folder, store in
            let reader = try recordingConverter(in: folder)
            let doc = folder.appendingPathComponent("report.doc")
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("formats/owner-2024-h1.pipe.txt"), to: doc)
            let summary = try ingested(FileIngestor(store: store, reader: reader).ingest(doc))
            try FileManager.default.removeItem(at: doc)
            let result = Reparser(store: store, digests: nil, reader: reader).reparse(id: summary.id)
            #expect(try result.get() == "reparsed \(summary.reference) (id \(summary.id)): 14 tasks")
            let paths = try String(contentsOfFile: folder.appendingPathComponent("antiword.log").path, encoding: .utf8)
                .split(separator: "\n").map(String.init)
            #expect(paths.count == 2)
            let temporary = FileManager.default.temporaryDirectory.path
            #expect(paths.allSatisfy { $0.hasPrefix(temporary) && $0.contains("goalpost-original-") })
            #expect(paths.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
        }
    }

    @Test func anOldReportsOriginalFoundAtItsPathIsKeptByTheReparse() throws {
        try withHistory { folder, store in
            let (file, summary) = try ingestBeforeOriginalsWereKept(folder, store)
            #expect(try store.original(sha256: summary.sha256) == nil)
            #expect(throws: Never.self) { try Reparser(store: store, digests: nil).reparse(id: summary.id).get() }
            #expect(try store.original(sha256: summary.sha256) == Array(try Data(contentsOf: file)))
        }
    }

    @Test func aReportWhoseOriginalIsNowhereIsRefusedWithItsName() throws {
        try withHistory { folder, store in
            let (file, summary) = try ingestBeforeOriginalsWereKept(folder, store)
            try FileManager.default.removeItem(at: file)
            let result = Reparser(store: store, digests: nil).reparse(id: summary.id)
            #expect(throws: ReparseError.self) { try result.get() }
            #expect(result.failureText?.hasPrefix("the original of 临安区/2023 (linan.txt, id 1) is no longer kept") == true)
        }
    }
}

extension ReportStore {
    /// Makes the history look like one written before originals were kept.
    func dropKeptOriginals() throws {
        try pool.write { try $0.execute(sql: "DELETE FROM original") }
    }
}

enum ReparseTestError: Error { case notIngested(String) }

extension Result where Failure == ReparseError {
    /// The failure's sentence, nil on success.
    var failureText: String? {
        if case .failure(let error) = self { return "\(error)" }
        return nil
    }
}
