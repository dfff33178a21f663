import ArgumentParser
import GoalpostCore
import GoalpostStore

struct Reports: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored reports (superseded editions are marked).")

    @OptionGroup var store: StoreOptions

    @Option(help: "Only reports of this region.")
    var region: String?

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() throws {
        let summaries = try CommandFailure.guarding { try store.openForReading()?.summaries(region: region) ?? [] }
        if json { return try JSONOutput.print(summaries) }
        if summaries.isEmpty { return print(region.map { "No reports of region '\($0)'." } ?? "No reports yet.") }
        let rows = summaries.map { summary in
            [String(summary.id), summary.reference, summary.current ? "" : "superseded", String(summary.categories),
             String(summary.tasks), summary.sourceFile, summary.title]
        }
        Terminal.print(TerminalTable(
            headers: ["id", "report", "edition", "categories", "tasks", "file", "title"], rows: rows, flexible: [5, 6]))
    }
}
