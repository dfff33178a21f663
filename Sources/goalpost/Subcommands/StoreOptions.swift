import ArgumentParser
import Foundation
import GoalpostService
import GoalpostStore

/// The options every command shares: where the home, configuration and history are.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The goalpost home folder (default: $GOALPOST_HOME, else $XDG_DATA_HOME/goalpost, i.e. ~/.local/share/goalpost).")
    var home: String?

    @Option(name: .long, help: """
        Use this database file instead of HOME/goalpost.sqlite (relative to the current folder); \
        without --home nothing is written into a home (digests only with --digests DIR).
        """)
    var db: String?

    @Option(name: .long, help: "The configuration file (default: $GOALPOST_CONFIG, else HOME/goalpost.yaml when present).")
    var config: String?

    /// The effective settings: flags > environment > configuration file > defaults.
    func settings() throws -> Settings {
        var flags = ConfigurationFlags()
        flags.home = home
        flags.config = config
        flags.database = db.map(Self.absolute)
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

    /// The digest writer of a command that changes the history, nil when it writes no digests.
    ///
    /// `--digests DIR` when given; else the home's digests folder, unless `--db` names another
    /// database without `--home`: that work never touches a home, so it writes no digests.
    func digestWriter(_ store: ReportStore, _ settings: Settings, _ output: DigestOptions) throws -> DigestWriter? {
        try digestFolder(settings, given: output.digests).map { DigestWriter(history: history(store, settings), folder: $0) }
    }

    /// Where this command's digests are (see ``digestWriter(_:_:_:)``), given `--digests DIR`; nil when nowhere.
    func digestFolder(_ settings: Settings, given folder: String?) throws -> URL? {
        if let folder { return URL(fileURLWithPath: Self.absolute(folder)).standardizedFileURL }
        return try namesAnotherDatabase(settings) ? nil : settings.digests
    }

    /// True when `--db` without `--home` names another database than the home's own.
    private func namesAnotherDatabase(_ settings: Settings) throws -> Bool {
        guard db != nil, home == nil else { return false }
        var withoutDatabase = self
        withoutDatabase.db = nil
        return try withoutDatabase.settings().database != settings.database
    }

    /// `path` with `~` expanded, relative to the current folder.
    private static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(expanded).standardizedFileURL.path
    }
}

/// `--digests DIR` of the commands that write digests.
struct DigestOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("""
        Write digests into DIR (relative to the current folder) instead of HOME/digests; \
        with --db and no --home, digests are written only with this.
        """, valueName: "DIR"))
    var digests: String?

    /// Tells the user once, on stderr, that a change wrote no digests, and how to get them.
    static func noteSkipped() {
        FileHandle.standardError.write(Data(
            "goalpost: no digests written: --db without --home leaves every home alone; add --digests DIR to write them.\n".utf8))
    }
}
