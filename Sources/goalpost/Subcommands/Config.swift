import ArgumentParser
import GoalpostCore
import GoalpostService

struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the effective configuration and where each value came from.",
        discussion: "Precedence: flags > environment (GOALPOST_*) > configuration file > defaults.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print the configuration as JSON.")
    var json = false

    func run() throws {
        let settings = try store.settings()
        let entries = Self.entries(settings)
        if json {
            struct Entry: Encodable { var key: String; var value: String; var source: String }
            return try JSONOutput.print(entries.map { Entry(key: $0.0, value: $0.1, source: $0.2) })
        }
        print("configuration file: \(settings.configFile?.path ?? "none")")
        let rows = entries.map { [$0.0, $0.1, $0.2] }
        Terminal.print(TerminalTable(headers: ["key", "value", "source"], rows: rows, flexible: [1]))
    }

    static func entries(_ settings: Settings) -> [(String, String, String)] {
        let aliases = settings.regionAliases.sorted { $0.key < $1.key }.map { "\($0.key)→\($0.value)" }.joined(separator: ", ")
        let values: [(String, String)] = [
            ("home", settings.home.path), ("inbox", settings.inbox.path), ("archive", settings.archive.path),
            ("failed", settings.failed.path), ("digests", settings.digests.path), ("database", settings.database.path),
            ("quietPeriod", "\(settings.quietPeriod)"), ("reconcileInterval", "\(settings.reconcileInterval)"),
            ("poll", "\(settings.poll)"), ("pollInterval", "\(settings.pollInterval)"),
            ("maxFileSize", "\(settings.maxFileSize)"), ("fileCPULimit", "\(settings.fileCPULimit)"),
            ("fileMemoryLimit", "\(settings.fileMemoryLimit)"), ("shutdownGrace", "\(settings.shutdownGrace)"),
            ("logLevel", settings.logLevel), ("regionAliases", aliases),
            ("categoryAliases", settings.categoryAliases.sorted { $0.key < $1.key }.map { "\($0.key)→\($0.value)" }.joined(separator: ", ")),
        ]
        return values.map { ($0.0, $0.1, settings.sources[$0.0] ?? "default") }
    }
}
