import ArgumentParser
import GoalpostCore
import GoalpostService
import GoalpostStore

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A goal category across all periods: tasks, status shares, former names.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The category, by any of its names.")
    var category: String

    @Option(help: "Only this region (default: every region).")
    var region: String?

    @Flag(help: "Print the history as JSON.")
    var json = false

    struct Entry: Encodable { var region: String; var entry: CategoryHistoryEntry }

    func run() throws {
        let settings = try store.settings()
        let history = store.history(try store.openExisting(), settings)
        let entries = try CommandFailure.guarding { () throws -> [Entry] in
            try (region.map { [history.store.regionAliases.canonical($0)] } ?? history.store.regions()).flatMap { name in
                let (sides, diffs) = try history.consecutiveDiffs(region: name)
                return CategoryHistory.entries(matching: category, sides: sides, diffs: diffs).map { Entry(region: name, entry: $0) }
            }
        }
        if json { return try JSONOutput.print(entries) }
        if entries.isEmpty { throw CommandFailure.message("No report has a category '\(category)'.") }
        let rows = entries.map { item -> [String] in
            let entry = item.entry
            let statuses = entry.statusCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return [item.region, entry.period, CategoryDiff.label(entry.name), entry.change?.rawValue ?? "", String(entry.tasks),
                    entry.delivered.map { "\(Int(($0 * 100).rounded()))%" } ?? "", statuses, entry.previousNames.joined(separator: "、")]
        }
        Terminal.print(TerminalTable(
            headers: ["region", "period", "name", "change", "tasks", "delivered", "statuses", "former names"], rows: rows,
            flexible: [6, 7]))
    }
}
