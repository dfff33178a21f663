import Foundation
import GoalpostCore
import Testing
@testable import GoalpostService

@Suite struct ConfigurationTests {
    private func withHome<T>(_ yaml: String? = nil, _ body: (URL) throws -> T) throws -> T {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("goalpost-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        if let yaml { try yaml.write(to: home.appendingPathComponent("goalpost.yaml"), atomically: true, encoding: .utf8) }
        return try body(home)
    }

    @Test func defaultsLiveInTheHome() throws {
        try withHome { home throws in
            var flags = ConfigurationFlags()
            flags.home = home.path
            let settings = try ConfigurationLoader(flags: flags, environment: [:]).load()
            #expect(settings.inbox.path == home.appendingPathComponent("inbox").path)
            #expect(settings.database.lastPathComponent == "goalpost.sqlite")
            #expect(settings.quietPeriod == 5)
            #expect(settings.reconcileInterval == 60)
            #expect(settings.sources["quietPeriod"] == "default")
            #expect(settings.configFile == nil)
        }
    }

    @Test func flagsBeatEnvironmentBeatsFileBeatsDefaults() throws {
        try withHome("quietPeriod: 1.5\nreconcileInterval: 10\npollInterval: 4\nlogLevel: debug\n") { home throws in
            var flags = ConfigurationFlags()
            flags.home = home.path
            flags.quietPeriod = 0
            let environment = ["GOALPOST_QUIET_PERIOD": "2", "GOALPOST_RECONCILE_INTERVAL": "20"]
            let settings = try ConfigurationLoader(flags: flags, environment: environment).load()
            #expect(settings.quietPeriod == 0)
            #expect(settings.sources["quietPeriod"] == "flag")
            #expect(settings.reconcileInterval == 20)
            #expect(settings.sources["reconcileInterval"] == "environment")
            #expect(settings.pollInterval == 4)
            #expect(settings.sources["pollInterval"] == "file")
            #expect(settings.logLevel == "debug")
        }
    }

    @Test func fileLimitsDefaultTo300SecondsAnd4GiBAndBuildTheWorkerLimits() throws {
        try withHome { home throws in
            var flags = ConfigurationFlags()
            flags.home = home.path
            let defaults = try ConfigurationLoader(flags: flags, environment: [:]).load()
            #expect(defaults.fileWorkerLimits == WorkerLimits(cpuSeconds: 300, memoryBytes: 4_294_967_296))
            let environment = ["GOALPOST_FILE_CPU_LIMIT": "30", "GOALPOST_FILE_MEMORY_LIMIT": "268435456"]
            let set = try ConfigurationLoader(flags: flags, environment: environment).load()
            #expect(set.isolatedParser().limits == WorkerLimits(cpuSeconds: 30, memoryBytes: 268_435_456))
            #expect(set.sources["fileCPULimit"] == "environment")
        }
    }

    @Test func homeComesFromFlagThenEnvironmentThenXDG() {
        #expect(HomeLocation.resolve(flag: "/a", environment: ["GOALPOST_HOME": "/b"]).root.path == "/a")
        #expect(HomeLocation.resolve(flag: nil, environment: ["GOALPOST_HOME": "/b"]).root.path == "/b")
        #expect(HomeLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/x"]).root.path == "/x/goalpost")
        #expect(HomeLocation.resolve(flag: nil, environment: ["HOME": "/h"]).root.path == "/h/.local/share/goalpost")
    }

    @Test func regionAliasesMapFolderNamesCaseInsensitively() throws {
        try withHome("regionAliases:\n  临安市: 临安区\n  linan: 临安区\n") { home throws in
            var flags = ConfigurationFlags()
            flags.home = home.path
            let settings = try ConfigurationLoader(flags: flags, environment: [:]).load()
            #expect(settings.regionAliases["临安市"] == "临安区")
            let ingestor = RegionAliases(settings.regionAliases)
            #expect(ingestor.canonical("Linan") == "临安区")
            #expect(ingestor.canonical("余杭区") == "余杭区")
        }
    }

    @Test func invalidValuesNameTheKeyAndSource() throws {
        try withHome("quietPeriod: -1\n") { home throws in
            var flags = ConfigurationFlags()
            flags.home = home.path
            #expect(throws: ConfigurationError.outOfRange(
                key: "quietPeriod", value: "-1.0", source: "file", expected: "a number of seconds from 0.0 to 3600.0")) {
                try ConfigurationLoader(flags: flags, environment: [:]).load()
            }
            #expect(throws: ConfigurationError.self) {
                try ConfigurationLoader(flags: flags, environment: ["GOALPOST_LOG_LEVEL": "loud"]).load()
            }
        }
    }

    @Test(arguments: [
        ("GOALPOST_MAX_FILE_SIZE", "1e20"), ("GOALPOST_MAX_FILE_SIZE", "99999999999999999999"), ("GOALPOST_MAX_FILE_SIZE", "0"),
        ("GOALPOST_MAX_FILE_SIZE", "1.5"), ("GOALPOST_QUIET_PERIOD", "1e300"), ("GOALPOST_QUIET_PERIOD", "nan"),
        ("GOALPOST_RECONCILE_INTERVAL", "inf"), ("GOALPOST_RECONCILE_INTERVAL", "0"), ("GOALPOST_POLL_INTERVAL", "-inf"),
        ("GOALPOST_SHUTDOWN_GRACE", "1e19"), ("GOALPOST_FILE_CPU_LIMIT", "0"), ("GOALPOST_FILE_CPU_LIMIT", "86401"),
        ("GOALPOST_FILE_MEMORY_LIMIT", "268435455"), ("GOALPOST_FILE_MEMORY_LIMIT", "1099511627777"),
    ])
    func numbersOutsideTheirRangeAreRefusedWithOneSentence(variable: String, value: String) throws {
        try withHome { home throws in
            var flags = ConfigurationFlags()
            flags.home = home.path
            let error = #expect(throws: ConfigurationError.self) {
                try ConfigurationLoader(flags: flags, environment: [variable: value]).load()
            }
            let message = error.map { "\($0)" } ?? ""
            #expect(message.contains("'\(value)'") && message.contains("from environment") && message.hasSuffix("."))
        }
    }

    @Test(arguments: ["reconcileInterval: .inf\n", "quietPeriod: 1e300\n", "pollInterval: .nan\n"])
    func fileNumbersThatAreNotFiniteAreRefused(yaml: String) throws {
        try withHome(yaml) { home throws in
            var flags = ConfigurationFlags()
            flags.home = home.path
            #expect(throws: ConfigurationError.self) { try ConfigurationLoader(flags: flags, environment: [:]).load() }
        }
    }

    @Test func missingExplicitFileIsAnError() {
        var flags = ConfigurationFlags()
        flags.config = "/nonexistent/goalpost.yaml"
        #expect(throws: ConfigurationError.unreadable(file: "/nonexistent/goalpost.yaml", reason: "no such file")) {
            try ConfigurationLoader(flags: flags, environment: [:]).load()
        }
    }

    @Test func shippedDefaultFileMatchesTheBuiltInDefaults() throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config/goalpost.yaml")
        try withHome { home throws in
            var withFile = ConfigurationFlags()
            withFile.home = home.path
            withFile.config = shipped.path
            var without = ConfigurationFlags()
            without.home = home.path
            var fromFile = try ConfigurationLoader(flags: withFile, environment: [:]).load()
            let builtIn = try ConfigurationLoader(flags: without, environment: [:]).load()
            fromFile.regionAliases = [:]
            fromFile.configFile = nil
            fromFile.sources = builtIn.sources
            #expect(fromFile == builtIn)
        }
    }
}
