import ArgumentParser
import GoalpostCore
import GoalpostStore

struct Categories: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per goal category (工作目标) per report: tasks, the share exceeded or met, and status counts.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Only reports of this region.")
    var region: String?

    @Flag(help: "Print the counts as JSON.")
    var json = false

    func run() throws {
        let counts = try CommandFailure.guarding { try store.openForReading()?.categoryCounts(region: region) ?? [] }
        if json { return try JSONOutput.print(counts) }
        if counts.isEmpty { return print(region.map { "No reports of region '\($0)'." } ?? "No reports yet.") }
        let rows = counts.map {
            [ReportSummary.reference(region: $0.region, year: $0.year, asOfMonth: $0.asOfMonth),
             $0.section.map(String.init) ?? "", $0.category, String($0.tasks), StatusStyle.share($0.delivered),
             $0.statusCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")]
        }
        Terminal.print(TerminalTable(
            headers: ["report", "section", "category", "tasks", "delivered", "statuses"], rows: rows, flexible: [2, 5]))
    }
}
