import ArgumentParser
import GoalpostService

/// goalpostd's flags; each overrides the environment and the configuration file.
struct DaemonOptions: ParsableArguments {
    @Option(help: "The home folder (default: $GOALPOST_HOME, else $XDG_DATA_HOME/goalpost, i.e. ~/.local/share/goalpost).")
    var home: String?

    @Option(help: "The configuration file (default: $GOALPOST_CONFIG, else HOME/goalpost.yaml when present).")
    var config: String?

    @Option(help: "The drop folder (default: HOME/inbox).")
    var inbox: String?

    @Option(help: "Where ingested originals go (default: HOME/archive).")
    var archive: String?

    @Option(help: "Where failed files go with their reasons (default: HOME/failed).")
    var failed: String?

    @Option(help: "Where digests are written (default: HOME/digests).")
    var digests: String?

    @Option(help: "The SQLite history (default: HOME/goalpost.sqlite).")
    var db: String?

    @Flag(help: "Poll the inbox instead of using inotify (automatic on NFS, SMB/CIFS and FUSE).")
    var poll = false

    @Option(name: .customLong("quiet-period"), help: "Seconds with no writes before a file written in place is read (default 5; 0 to 3600).")
    var quietPeriod: Double?

    @Option(name: .customLong("reconcile-interval"), help: "Seconds between full inbox scans (default 60; 1 to 86400).")
    var reconcileInterval: Double?

    @Option(name: .customLong("poll-interval"), help: "Seconds between looks when polling (default 2; 0.01 to 3600).")
    var pollInterval: Double?

    @Option(name: .customLong("file-cpu-limit"), help: "Seconds of CPU time the worker reading one file may use (default 300; 1 to 86400).")
    var fileCPULimit: Int?

    @Option(name: .customLong("file-memory-limit"), help: "Bytes of address space the worker reading one file may map (default 4294967296; 268435456 to 1099511627776).")
    var fileMemoryLimit: Int?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (default info).")
    var logLevel: String?

    @Flag(help: .hidden)
    var worker = false

    var flags: ConfigurationFlags {
        var flags = ConfigurationFlags()
        flags.home = home
        flags.config = config
        flags.inbox = inbox
        flags.archive = archive
        flags.failed = failed
        flags.digests = digests
        flags.database = db
        flags.poll = poll ? true : nil
        flags.quietPeriod = quietPeriod
        flags.reconcileInterval = reconcileInterval
        flags.pollInterval = pollInterval
        flags.fileCPULimit = fileCPULimit
        flags.fileMemoryLimit = fileMemoryLimit
        flags.logLevel = logLevel
        return flags
    }
}
