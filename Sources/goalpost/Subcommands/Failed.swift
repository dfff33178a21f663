import ArgumentParser
import GoalpostCore
import GoalpostService

struct Failed: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List files that could not be ingested, with the reasons.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() throws {
        let settings = try store.settings()
        let files = FailedFiles(folder: settings.failed, inbox: settings.inbox).list()
        if json { return try JSONOutput.print(files) }
        if files.isEmpty { return print("No failed files.") }
        let rows = files.map { [$0.name, $0.failedAt ?? "", $0.reason] }
        Terminal.print(TerminalTable(headers: ["file", "failed at", "reason"], rows: rows, flexible: [0, 2]))
    }
}

struct Retry: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Move failed files back to the inbox (into their original sub-folder) for another try.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Retry every failed file.")
    var all = false

    @Argument(help: "Names of failed files, as listed by 'goalpost failed'.")
    var files: [String] = []

    func validate() throws {
        if all == !files.isEmpty { throw ValidationError("Give either failed file names or --all.") }
    }

    func run() throws {
        let settings = try store.settings()
        let moved = try CommandFailure.guarding {
            try FailedFiles(folder: settings.failed, inbox: settings.inbox).retry(all ? nil : files)
        }
        for url in moved { print("retry  \(url.path)") }
        if moved.isEmpty { print("No failed files.") }
    }
}
