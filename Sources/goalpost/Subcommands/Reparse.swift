import ArgumentParser
import Foundation
import GoalpostService
import GoalpostStore

struct Reparse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild reports from their originals (after a parser upgrade).",
        discussion: """
            The original is the file's bytes kept in the history; for a report stored before goalpost kept \
            them, the file at the path it was read from, refused unless its SHA-256 is the stored one. \
            It is read as an ingest reads it (maxFileSize, pdftotext/antiword for PDF and .doc). Each report \
            keeps its id, region, year, month and edition; digests are rewritten (see --digests).
            """)

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: DigestOptions

    @Flag(help: "Reparse every report.")
    var all = false

    @Argument(help: "The report to reparse.")
    var report: String?

    func validate() throws {
        if all == (report != nil) { throw ValidationError("Give either a REPORT or --all.") }
    }

    func run() throws {
        let settings = try store.settings()
        let history = try store.openForWriting()
        let ids = try CommandFailure.guarding { if let report { [try history.resolveReport(report)] } else { try history.summaries().map(\.id) } }
        let digests = try store.digestWriter(history, settings, output)
        let reparser = Reparser(store: history, digests: digests, settings: settings)
        var failures = 0
        for id in ids {
            switch reparser.reparse(id: id) {
            case .success(let line): print(line)
            case .failure(let error): failures += 1; print("failed   id \(id): \(error)")
            }
        }
        if digests == nil, failures < ids.count { DigestOptions.noteSkipped() }
        if failures > 0 { throw ExitCode(1) }
    }
}
