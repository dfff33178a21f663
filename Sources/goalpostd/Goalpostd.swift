import ArgumentParser
import Foundation
import GoalpostService
import Logging
import ServiceLifecycle

@main
struct Goalpostd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goalpostd",
        abstract: "Watch the inbox and ingest every report file dropped into it, exactly once.",
        discussion: """
            The home (--home, else $GOALPOST_HOME, else $XDG_DATA_HOME/goalpost, i.e. ~/.local/share/goalpost) holds inbox/, archive/, \
            failed/, digests/ and goalpost.sqlite. Settings come from flags, then GOALPOST_* environment \
            variables, then HOME/goalpost.yaml (or --config FILE), then defaults; see Config/goalpost.yaml.
            SIGTERM/SIGINT stop the daemon (exit 0); SIGHUP reloads the configuration and rescans (a changed \
            folder path or an invalid value is refused and logged; folders change on a restart).
            """
    )

    @OptionGroup var options: DaemonOptions

    func run() async throws {
        // A child the daemon starts to read one file or write digests under limits: no configuration, no home.
        if options.worker { throw ExitCode(IsolatedWorker.run()) }
        let flags = options.flags
        let settings: Settings
        do {
            settings = try ConfigurationLoader(flags: flags).load()
        } catch {
            throw Self.fatal("\(error)")
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: settings.logLevel) ?? .info
            return handler
        }
        var logger = Logger(label: "goalpostd")
        logger.logLevel = Logger.Level(rawValue: settings.logLevel) ?? .info
        let daemon = GoalpostDaemon(settings: settings, reload: { try ConfigurationLoader(flags: flags).load() }, logger: logger)
        let group = ServiceGroup(
            services: [daemon], gracefulShutdownSignals: [.sigterm, .sigint], cancellationSignals: [], logger: logger)
        do {
            try await group.run()
        } catch {
            throw Self.fatal("\(Self.rootCause(error))")
        }
    }

    private static func rootCause(_ error: Error) -> Error {
        if let error = error as? ServiceGroupError, let underlying = Mirror(reflecting: error).descendant("underlying") as? Error {
            return underlying
        }
        return error
    }

    private static func fatal(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data(("goalpostd: " + message + "\n").utf8))
        return ExitCode(1)
    }
}
