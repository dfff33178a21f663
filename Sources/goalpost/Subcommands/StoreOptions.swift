import ArgumentParser
import Foundation
import GoalpostService
import GoalpostStore

/// The options every command shares: where the history is.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The goalpost home folder (default: $GOALPOST_HOME, else ~/.local/share/goalpost).")
    var home: String?

    @Option(name: .long, help: "Use this database file instead of HOME/goalpost.sqlite.")
    var db: String?

    /// The database file these options name.
    var databasePath: String {
        if let db { return URL(fileURLWithPath: (db as NSString).expandingTildeInPath).standardizedFileURL.path }
        return HomeLocation.resolve(flag: home).database.path
    }

    /// Opens the history for reading; nil when no database exists yet.
    func openForReading() throws -> ReportStore? {
        guard FileManager.default.fileExists(atPath: databasePath) else { return nil }
        return try CommandFailure.guarding { try ReportStore(path: databasePath, readonly: true) }
    }

    /// Opens the history for reading, failing when it does not exist.
    func openExisting() throws -> ReportStore {
        guard let store = try openForReading() else {
            throw CommandFailure.message("No history database at '\(databasePath)' yet: ingest a report first.")
        }
        return store
    }

    /// Opens (creating and migrating if needed) the history for writing.
    func openForWriting() throws -> ReportStore {
        try CommandFailure.guarding { try ReportStore(path: databasePath) }
    }
}
