import Foundation

/// The runs the command offers, put together: replaying saved inputs, seeded runs, the CI run.
package enum FuzzSession {
    /// The iterations the CI run does per kind on a debug build: 224 in all, about a minute on 2 cores with the replay
    /// (40 per kind took 78 s on main at c843298 beside another fuzz run).
    package static let ciIterations = 32
    /// The CI run's seed.
    package static let ciSeed: UInt64 = 20_251_125

    /// The saved inputs under `paths` (files, or folders read one level deep), skipping READMEs, logs and missing paths.
    package static func inputs(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
            guard isFolder.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().filter { $0 != "README.md" && !$0.hasSuffix(".log") && !$0.hasPrefix(".") && FuzzKind.of(fileName: $0) != nil }
                .map { (path as NSString).appendingPathComponent($0) }
        }
    }

    /// Runs `jobs` one after the other under one supervisor, prints the summary, returns the tally.
    package static func run(_ jobs: [WorkerJob], plan: FuzzPlan) throws -> RunTally {
        let supervisor = try Supervisor(plan: plan)
        for job in jobs { try supervisor.run(job) }
        print(supervisor.tally.summary(seconds: supervisor.elapsed))
        return supervisor.tally
    }

    /// Caps this (worker) process's address space, so a runaway allocation fails here instead of
    /// starving the machine; the supervisor's resident-memory check catches slower growth.
    package static func limitAddressSpace(megabytes: Int) {
        let bytes = rlim_t(max(megabytes, 256)) * 4 * 1_048_576
        var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
        _ = setrlimit(RLIMIT_AS_RESOURCE, &limit)
    }

    #if os(Linux)
    private static let RLIMIT_AS_RESOURCE = __rlimit_resource_t(RLIMIT_AS.rawValue)
    #else
    private static let RLIMIT_AS_RESOURCE = RLIMIT_AS
    #endif
}

extension FuzzSession {
    /// What iteration `iteration` of seed `seed` tries for `kind`, and its input's bytes.
    package static func show(kind: FuzzKind, seed: UInt64, iteration: Int, fixtures: URL) throws -> (String, [UInt8]) {
        if kind == .history {
            let scenario = HistoryScenarioGenerator.scenario(seed: seed, iteration: iteration)
            let files = scenario.files.map { "  \($0.name): \($0.text.count) characters, region \($0.region ?? "-"), year \($0.year.map(String.init) ?? "-"), month \($0.asOfMonth.map(String.init) ?? "-")" }
            let text = (["files:"] + files + ["operations: " + scenario.operations.map(\.name).joined(separator: ", ")]).joined(separator: "\n")
            return (text, Array(try FindingSaver.encoder.encode(scenario)))
        }
        let input = FormatInputGenerator(corpus: try SeedCorpus(fixtures: fixtures)).input(kind: kind, seed: seed, iteration: iteration)
        let text = (["seed file: \(input.seedName)", "read as: \(input.fileName) (\(input.bytes.count) bytes, \(input.label))"] + input.mutations.map { "  " + $0 }).joined(separator: "\n")
        return (text, input.bytes)
    }
}
