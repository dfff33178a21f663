import ArgumentParser
import GoalpostCore
import GoalpostService
import GoalpostStore

struct Owners: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per responsible unit (责任单位): tasks, unfinished ones, and ones no longer listed since the year before.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The report (default: the report ingested last).")
    var report: String?

    @Flag(help: "Print the summaries as JSON.")
    var json = false

    func run() throws {
        let settings = try store.settings()
        let history = store.history(try store.openExisting(), settings)
        let summaries = try CommandFailure.guarding { () throws -> [OwnerSummary] in
            let id = try report.map(history.store.resolveReport) ?? history.store.summaries().filter(\.current).max { $0.id < $1.id }?.id
            guard let id, let side = try history.store.side(id: id) else { throw StoreError.unknownReport(reference: report ?? "latest", candidates: []) }
            let sides = try history.currentSides(region: side.summary.region)
            let baseline = ComparisonPlanner.yearOverYear(for: side.summary, among: sides.map(\.summary))
            let before = baseline.flatMap { base in sides.first { $0.summary.id == base.id } }
            let diff = try before.map { ReportDiffer.diff(before: $0, after: side, options: try history.options(region: side.summary.region)) }
            return OwnerSummary.summaries(side: side, before: before, diff: diff)
        }
        if json { return try JSONOutput.print(summaries) }
        if summaries.isEmpty { return print("The table names no responsible units (责任单位).") }
        let rows = summaries.map {
            [$0.owner, String($0.tasks), String($0.unfinished.count), $0.unfinished.map { "#" + $0.number }.joined(separator: " "),
             String($0.dropped.count), $0.dropped.map { "#" + $0.number }.joined(separator: " ")]
        }
        Terminal.print(TerminalTable(
            headers: ["unit", "tasks", "unfinished", "which", "no longer listed", "which (year before)"], rows: rows, flexible: [0, 3, 5]))
    }
}
