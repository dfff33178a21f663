import ArgumentParser
import GoalpostCore
import GoalpostStore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one report's tasks with their outcome status (coloured on a terminal unless NO_COLOR is set).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The report: id, id:N, REGION/YEAR, REGION/YEAR-MM, YEAR or YEAR-MM.")
    var report: String

    @Option(help: "Only tasks of this goal category (工作目标).")
    var category: String?

    @Flag(help: "Add the evidence behind each status (the figures compared or the words relied on).")
    var evidence = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let history = try store.openExisting()
        var stored = try CommandFailure.guarding {
            let id = try history.resolveReport(report)
            guard let stored = try history.report(id: id) else { throw StoreError.unknownReport(reference: report, candidates: []) }
            return stored
        }
        if let category {
            stored.tasks = stored.tasks.filter { $0.category == category }
            if stored.tasks.isEmpty {
                throw CommandFailure.message("Report '\(report)' has no category '\(category)'.")
            }
        }
        if json { return try JSONOutput.print(stored) }
        printHeader(stored.summary)
        let rows = stored.tasks.map { task -> [String] in
            let status = StatusStyle.label(task.status, overridden: task.statusOverride != nil)
            let basic = [task.number, task.category ?? "", status, task.schedule?.rawValue ?? "", task.task]
            return evidence ? basic + [task.statusOverride.map { "user: \($0.reason)" } ?? task.statusEvidence ?? ""] : basic + [task.progress]
        }
        let headers = ["#", "category", "status", "schedule", "task", evidence ? "evidence" : "progress"]
        Terminal.print(TerminalTable(headers: headers, rows: rows, flexible: [1, 4, 5]))
        if stored.tasks.contains(where: { $0.statusOverride != nil }) { print("* status set by a user (goalpost override)") }
    }

    private func printHeader(_ summary: ReportSummary) {
        print("\(summary.reference) (id \(summary.id))\(summary.current ? "" : ", superseded edition"): \(summary.title)")
        print("file \(summary.sourceFile), ingested \(summary.ingestedAt); \(summary.sections) sections, \(summary.categories) categories, \(summary.tasks) tasks")
        print("")
    }
}
