import ArgumentParser
import GoalpostCore
import GoalpostStore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find tasks whose task or progress text contains TEXT (current editions).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The text to find; one or two characters work too.")
    var text: String

    @Option(help: "Only reports of this region.")
    var region: String?

    @Option(help: "At most this many tasks.")
    var limit = 100

    @Flag(help: "Print the matches as JSON.")
    var json = false

    func run() throws {
        let hits = try CommandFailure.guarding { try store.openForReading()?.search(text, region: region, limit: limit) ?? [] }
        if json { return try JSONOutput.print(hits) }
        if hits.isEmpty { return print("No task contains '\(text)'.") }
        let rows = hits.map { [$0.report + "#" + $0.number, $0.category ?? "", $0.matchedIn, $0.task, $0.progress] }
        Terminal.print(TerminalTable(
            headers: ["task", "category", "in", "task text", "progress"], rows: rows, flexible: [1, 3, 4]))
    }
}
