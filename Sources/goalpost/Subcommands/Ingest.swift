import ArgumentParser
import Foundation
import GoalpostCore
import GoalpostService
import GoalpostStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse report files and store them in the history.",
        discussion: """
            Prints one line per file: ingested, duplicate (the same bytes were stored before) or failed \
            with the reason. Exits 1 if any file failed; a failed file leaves the history unchanged. \
            Each file's bytes are kept in the history, so reparse works after the file moved. \
            Digests are written to HOME/digests as the daemon would (to DIR with --digests; \
            with --db and no --home, only with --digests).
            """
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: DigestOptions

    @Option(help: "The region the files report on (default: the region the title, page or text names).")
    var region: String?

    @Option(help: "The year of the work report (default: read from the title or page).")
    var year: Int?

    @Option(name: .customLong("as-of-month"), help: "The month the progress is reported as of, 1-12 (default: the period the page or file name states; a file that states none is refused).")
    var asOfMonth: Int?

    @Flag(help: "Print the outcomes as JSON.")
    var json = false

    @Argument(help: "Report files: .txt/.md text captures, .csv, .tsv, .docx, .xlsx, .html, .pdf (pdftotext), .doc (antiword).")
    var files: [String]

    func validate() throws {
        if let asOfMonth, !(1...12).contains(asOfMonth) { throw ValidationError("--as-of-month must be between 1 and 12.") }
    }

    func run() throws {
        let settings = try store.settings()
        let history = try store.openForWriting()
        let ingestor = FileIngestor(store: history, settings: settings)
        let digests = try store.digestWriter(history, settings, output)
        var outcomes: [IngestLine] = []
        for file in files {
            let url = URL(fileURLWithPath: file)
            let hints = ParseOptions(fileName: url.lastPathComponent, region: region, year: year, asOfMonth: asOfMonth)
            let outcome = ingestor.ingest(url, hints: hints)
            if case .ingested(let summary, _) = outcome { refreshDigests(digests, summary) }
            let line = IngestLine(file: file, outcome: outcome)
            if !json { print(line.text) }
            outcomes.append(line)
        }
        if digests == nil, outcomes.contains(where: { $0.result == "ingested" }) { DigestOptions.noteSkipped() }
        if json { try JSONOutput.print(outcomes) }
        if outcomes.contains(where: { $0.result == "failed" }) { throw ExitCode(1) }
    }

    /// Digests are derived data: a failure to write one is reported but does not fail the ingest.
    private func refreshDigests(_ digests: DigestWriter?, _ summary: ReportSummary) {
        do {
            try digests?.refresh(after: summary.id)
        } catch {
            FileHandle.standardError.write(Data("goalpost: cannot write the digest of \(summary.reference): \(error)\n".utf8))
        }
    }
}

/// One file's outcome as printed by `goalpost ingest`.
struct IngestLine: Encodable {
    var file: String
    var result: String
    var report: ReportSummary?
    var reason: String?
    var superseded: [Int64]

    init(file: String, outcome: IngestOutcome) {
        self.file = file
        superseded = []
        switch outcome {
        case .ingested(let summary, let supersededIds):
            result = "ingested"
            report = summary
            superseded = supersededIds
        case .duplicate(let summary):
            result = "duplicate"
            report = summary
        case .failed(let reason), .unavailable(_, let reason):
            result = "failed"
            self.reason = reason
        }
    }

    var text: String {
        guard let report else { return "failed     \(file): \(reason ?? "")" }
        let counts = "\(report.sections) sections, \(report.categories) categories, \(report.tasks) tasks"
        if result == "duplicate" { return "duplicate  \(file): already stored as \(report.reference) (id \(report.id))" }
        let editions = superseded.isEmpty ? "" : "; new edition, supersedes id \(superseded.map(String.init).joined(separator: ", "))"
        return "ingested   \(file): \(report.reference) (id \(report.id)), \(counts)\(editions)"
    }
}
