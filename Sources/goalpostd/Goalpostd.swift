import ArgumentParser

@main
struct Goalpostd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goalpostd",
        abstract: "The goalpost drop-folder daemon (not yet implemented: use 'goalpost ingest').")

    func run() throws {
        throw ValidationError("goalpostd is not available in this build yet; ingest files with 'goalpost ingest FILE'.")
    }
}
