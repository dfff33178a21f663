import ArgumentParser
import Foundation
import GoalpostService
import GoalpostStore

/// The options every command shares: where the home, configuration and history are.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The goalpost home folder (default: $GOALPOST_HOME, else $XDG_DATA_HOME/goalpost, i.e. ~/.local/share/goalpost).")
    var home: String?

    @Option(name: .long, help: "Use this database file instead of HOME/goalpost.sqlite.")
    var db: String?

    @Option(name: .long, help: "The configuration file (default: $GOALPOST_CONFIG, else HOME/goalpost.yaml when present).")
    var config: String?

    /// The effective settings: flags > environment > configuration file > defaults.
    func settings() throws -> Settings {
        var flags = ConfigurationFlags()
        flags.home = home
        flags.config = config
        flags.database = db
        do {
            return try ConfigurationLoader(flags: flags).load()
        } catch {
            throw CommandFailure.message("\(error)")
        }
    }

    /// Opens the history for reading; nil when no database exists yet.
    func openForReading() throws -> ReportStore? {
        let path = try settings().database.path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let aliases = try settings().regionAliases
        return try CommandFailure.guarding { try ReportStore(path: path, readonly: true, regionAliases: aliases) }
    }

    /// Opens the history for reading, failing when it does not exist.
    func openExisting() throws -> ReportStore {
        guard let store = try openForReading() else {
            throw CommandFailure.message("No history database at '\(try settings().database.path)' yet: ingest a report first.")
        }
        return store
    }

    /// Opens (creating and migrating if needed) the history for writing.
    func openForWriting() throws -> ReportStore {
        let settings = try settings()
        return try CommandFailure.guarding { try ReportStore(path: settings.database.path, regionAliases: settings.regionAliases) }
    }

    /// The cross-report view of `store` with the configured category aliases.
    func history(_ store: ReportStore, _ settings: Settings) -> RegionHistory {
        RegionHistory(store: store, categoryAliases: settings.categoryAliases)
    }

    /// The digest writer for `store` under the configured digests folder.
    func digestWriter(_ store: ReportStore, _ settings: Settings) -> DigestWriter {
        DigestWriter(history: history(store, settings), folder: settings.digests)
    }
}
