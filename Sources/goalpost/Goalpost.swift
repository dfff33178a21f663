import ArgumentParser

@main
struct Goalpost: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goalpost",
        abstract: "Query the history of government work-report progress tables.",
        discussion: """
            The history lives in HOME/goalpost.sqlite; HOME is --home, else $GOALPOST_HOME, \
            else $XDG_DATA_HOME/goalpost (~/.local/share/goalpost).
            REPORT is an id (a bare number outside 1900-2100, or id:N), REGION/YEAR, \
            REGION/YEAR-MM, or YEAR / YEAR-MM when only one region exists.
            """,
        subcommands: [
            Ingest.self, Reports.self, Show.self, Categories.self, Search.self, Config.self, Status.self, Failed.self,
            Retry.self, Backup.self, Forget.self, Reparse.self, Diff.self, Digest.self, Digests.self, History.self,
            Trace.self, Owners.self, Export.self, Link.self, Unlink.self, Alias.self, Override.self, Corpus.self,
        ]
    )
}
