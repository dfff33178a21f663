import Foundation
import Yams

/// Builds ``Settings`` with the precedence flags > environment > configuration file > defaults.
package struct ConfigurationLoader {
    package var flags: ConfigurationFlags
    package var environment: [String: String]

    package init(flags: ConfigurationFlags, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.flags = flags
        self.environment = environment
    }

    /// Environment variable per key.
    package static let environmentNames: [String: String] = [
        "inbox": "GOALPOST_INBOX", "archive": "GOALPOST_ARCHIVE", "failed": "GOALPOST_FAILED",
        "digests": "GOALPOST_DIGESTS", "database": "GOALPOST_DB", "quietPeriod": "GOALPOST_QUIET_PERIOD",
        "reconcileInterval": "GOALPOST_RECONCILE_INTERVAL", "poll": "GOALPOST_POLL",
        "pollInterval": "GOALPOST_POLL_INTERVAL", "maxFileSize": "GOALPOST_MAX_FILE_SIZE",
        "fileCPULimit": "GOALPOST_FILE_CPU_LIMIT", "fileMemoryLimit": "GOALPOST_FILE_MEMORY_LIMIT",
        "shutdownGrace": "GOALPOST_SHUTDOWN_GRACE", "logLevel": "GOALPOST_LOG_LEVEL",
    ]

    /// Loads the file (if any) and resolves every key.
    package func load() throws -> Settings {
        let home = HomeLocation.resolve(flag: flags.home, environment: environment)
        let (file, fileURL) = try readFile(home: home.root)
        var resolver = Resolver(environment: environment, file: file, home: home.root)
        resolver.sources["home"] = home.source
        let settings = Settings(
            home: home.root,
            inbox: resolver.path("inbox", flags.inbox, file.inbox, default: "inbox"),
            archive: resolver.path("archive", flags.archive, file.archive, default: "archive"),
            failed: resolver.path("failed", flags.failed, file.failed, default: "failed"),
            digests: resolver.path("digests", flags.digests, file.digests, default: "digests"),
            database: resolver.path("database", flags.database, file.database, default: "goalpost.sqlite"),
            quietPeriod: try resolver.seconds(
                "quietPeriod", flags.quietPeriod, file.quietPeriod, default: 5, range: SettingRanges.quietPeriod),
            reconcileInterval: try resolver.seconds(
                "reconcileInterval", flags.reconcileInterval, file.reconcileInterval, default: 60, range: SettingRanges.reconcileInterval),
            poll: try resolver.flag("poll", flags.poll, file.poll, default: false),
            pollInterval: try resolver.seconds(
                "pollInterval", flags.pollInterval, file.pollInterval, default: 2, range: SettingRanges.pollInterval),
            maxFileSize: try resolver.count(
                "maxFileSize", flags.maxFileSize, file.maxFileSize, default: 52_428_800, range: SettingRanges.maxFileSize),
            fileCPULimit: try resolver.count(
                "fileCPULimit", flags.fileCPULimit, file.fileCPULimit, default: 300, range: SettingRanges.fileCPULimit),
            fileMemoryLimit: try resolver.count(
                "fileMemoryLimit", flags.fileMemoryLimit, file.fileMemoryLimit, default: 4_294_967_296,
                range: SettingRanges.fileMemoryLimit),
            shutdownGrace: try resolver.seconds(
                "shutdownGrace", flags.shutdownGrace, file.shutdownGrace, default: 3, range: SettingRanges.shutdownGrace),
            logLevel: try resolver.logLevel(flags.logLevel, file.logLevel),
            regionAliases: file.regionAliases ?? [:], categoryAliases: file.categoryAliases ?? [:], configFile: fileURL,
            sources: resolver.sources)
        return withAliasSource(settings, file: file)
    }

    private func withAliasSource(_ settings: Settings, file: ConfigurationFile) -> Settings {
        var copy = settings
        copy.sources["regionAliases"] = file.regionAliases == nil ? "default" : "file"
        copy.sources["categoryAliases"] = file.categoryAliases == nil ? "default" : "file"
        return copy
    }

    /// The configuration file: `--config`, else `GOALPOST_CONFIG`, else `HOME/goalpost.yaml` when present.
    private func readFile(home: URL) throws -> (ConfigurationFile, URL?) {
        let explicit = flags.config ?? environment["GOALPOST_CONFIG"]
        let url = explicit.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) }
            ?? home.appendingPathComponent("goalpost.yaml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            if let explicit { throw ConfigurationError.unreadable(file: explicit, reason: "no such file") }
            return (ConfigurationFile(), nil)
        }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return (ConfigurationFile(), url) }
            return (try YAMLDecoder().decode(ConfigurationFile.self, from: text), url)
        } catch {
            throw ConfigurationError.unreadable(file: url.path, reason: "\(error)")
        }
    }
}
