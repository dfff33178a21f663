import ArgumentParser
import GoalpostCore
import GoalpostService
import GoalpostStore

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two reports by goal category: tasks carried over, reworded, moved, new, dropped; targets moved.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The earlier report.")
    var from: String

    @Argument(help: "The later report.")
    var to: String

    @Option(help: "Only this goal category (its current or former name).")
    var category: String?

    @Flag(help: "Print the diff as JSON (CONTRACTS.md shape).")
    var json = false

    func run() throws {
        let settings = try store.settings()
        let history = store.history(try store.openExisting(), settings)
        var diff = try CommandFailure.guarding {
            try history.diff(from: history.store.resolveReport(from), to: history.store.resolveReport(to))
        }
        if let category {
            diff.categories = diff.categories.filter { $0.name == category || $0.previousNames.contains(category) }
            if diff.categories.isEmpty { throw CommandFailure.message("Neither report has a category '\(category)'.") }
        }
        if json { return try JSONOutput.print(diff) }
        print(ReportDigest(diff: diff).markdown, terminator: "")
    }
}
