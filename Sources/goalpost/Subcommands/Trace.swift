import ArgumentParser
import GoalpostCore
import GoalpostService
import GoalpostStore

struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A task's lineage across periods: each period's wording, targets, status and changes.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The task: REPORT#NUMBER or task:ID.")
    var task: String?

    @Option(help: "Trace every task whose text contains this instead.")
    var search: String?

    @Flag(help: "Print the lineages as JSON.")
    var json = false

    func validate() throws {
        if (task == nil) == (search == nil) { throw ValidationError("Give either a TASK or --search TEXT.") }
    }

    struct Lineage: Encodable {
        var lineage: TaskLineage
        var entries: [LineageTraceEntry]
    }

    func run() throws {
        let settings = try store.settings()
        let history = store.history(try store.openExisting(), settings)
        let traced = try CommandFailure.guarding { try lineages(history) }
        if json { return try JSONOutput.print(traced) }
        if traced.isEmpty { return print("No task matches.") }
        for item in traced { printLineage(item) }
    }

    private func lineages(_ history: RegionHistory) throws -> [Lineage] {
        let hits = try task.map { [try history.store.resolveTask($0)] } ?? history.store.search(search ?? "", limit: 50).map(\.taskId)
        var result: [Lineage] = []
        var cache: [String: ([DiffSide], [TaskLineage])] = [:]
        for id in hits {
            guard let region = try history.store.region(ofTask: id) else { continue }
            if cache[region] == nil { cache[region] = (try history.currentSides(region: region), try history.lineages(region: region)) }
            guard let (sides, lineages) = cache[region], let lineage = lineages.first(where: { $0.taskIDs.contains(id) }),
                !result.contains(where: { $0.lineage.lineageID == lineage.lineageID })
            else { continue }
            result.append(Lineage(lineage: lineage, entries: LineageTrace.entries(of: lineage, sides: sides)))
        }
        return result
    }

    private func printLineage(_ item: Lineage) {
        let lineage = item.lineage
        let unfinished = lineage.unfinishedYears.isEmpty ? "" : "; unfinished in \(lineage.unfinishedYears.map(String.init).joined(separator: ", "))"
        print("lineage \(lineage.lineageID): \(lineage.firstYear)–\(lineage.lastYear)\(unfinished)\(lineage.chronic ? " (chronic)" : "")")
        let rows = item.entries.map { entry -> [String] in
            var changes: [String] = []
            if entry.reworded { changes.append("reworded") }
            if entry.categoryChanged { changes.append("moved") }
            if let change = entry.targetChange { changes.append("target \(change.direction.rawValue): \(change.before) → \(change.after)") }
            return [entry.period, "#" + entry.task.number, entry.task.category ?? "", entry.task.status?.rawValue ?? "",
                    changes.joined(separator: ", "), entry.task.task]
        }
        Terminal.print(TerminalTable(headers: ["period", "task", "category", "status", "changes", "text"], rows: rows, flexible: [4, 5]))
        print("")
    }
}
