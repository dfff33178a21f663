import ArgumentParser
import GoalpostCore
import GoalpostService
import GoalpostStore

extension OutcomeStatus: ExpressibleByArgument {}

struct Override: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record your judgment of a task's outcome; it wins over the computed status.",
        discussion: """
            The decision is kept by region, period and task, so it survives a corrected edition of the report \
            (matched by task number and text) and a reparse. STATUS is one of: \
            \(OutcomeStatus.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: DigestOptions

    @Argument(help: "The task: REPORT#NUMBER or task:ID.")
    var task: String

    @Argument(help: "exceeded, met, partial, in_progress, ongoing or unclear.")
    var status: OutcomeStatus

    @Option(help: "Why (kept with the decision: statusOverride.reason in JSON, the evidence in show --evidence).")
    var reason: String

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason must not be empty.") }
    }

    func run() throws {
        let settings = try store.settings()
        let history = try store.openForWriting()
        let region = try CommandFailure.guarding { () throws -> String in
            let id = try history.resolveTask(task)
            let decision = try history.override(taskId: id, status: status, reason: reason)
            print("override  \(task): \(decision.status.rawValue) (\(decision.reason), \(decision.at))")
            return try history.region(ofTask: id) ?? ""
        }
        let digests = try store.digestWriter(history, settings, output)
        try CommandFailure.guarding { try digests?.rewriteAll(region: region) }
        if digests == nil { DigestOptions.noteSkipped() }
    }
}
