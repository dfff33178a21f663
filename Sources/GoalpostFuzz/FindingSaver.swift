import Foundation

/// Saves the input behind a finding, regenerated from (seed, iteration), with a `.log` saying what it is.
struct FindingSaver {
    let plan: FuzzPlan
    let generator: FormatInputGenerator

    /// Saves the input of `finding` from `job`; `operations` is how many history operations finished.
    func save(_ finding: Finding, job: WorkerJob, operations: Int, standardError: String) -> Finding {
        var finding = finding
        switch job {
        case .replay(let files):
            finding.input = files[finding.iteration]
            finding.replay = "goalpost-fuzz replay \(files[finding.iteration])"
            return finding
        case .generated(let kinds, let seed, _):
            let kind = finding.kind
            finding.replay = "goalpost-fuzz run --seed \(seed) --kinds \(kinds.map(\.rawValue).joined(separator: ",")) --start \(finding.iteration) --iterations 1"
                + ([""] + plan.avoidArguments).joined(separator: " ")
            let base = "\(kind.rawValue)-s\(seed)-i\(finding.iteration)"
            var log = ["\(finding.problem.summary) in \(kind.rawValue) iteration \(finding.iteration) of seed \(seed)", "message: \(finding.message)", "where: \(finding.frame)"]
            let url: URL
            let bytes: [UInt8]
            if kind == .history {
                var scenario = HistoryScenarioGenerator.scenario(seed: seed, iteration: finding.iteration)
                // Operations after the one running at the trap cannot matter.
                scenario.operations = Array(scenario.operations.prefix(operations + 1))
                url = plan.out.appendingPathComponent("history-s\(seed)-i\(finding.iteration).json")
                bytes = Array((try? Self.encoder.encode(scenario)) ?? Data())
                log.append("operations: \(scenario.operations.map(\.name).joined(separator: ", "))")
            } else {
                let input = generator.input(kind: kind, seed: seed, iteration: finding.iteration)
                url = plan.out.appendingPathComponent("\(base)-\(input.fileName)")
                bytes = input.bytes
                log += ["seed file: \(input.seedName)", "read as: \(input.fileName)", "mutations:"] + input.mutations.map { "  \($0.prefix(300))" }
            }
            log += ["", "worker standard error:", String(standardError.prefix(6_000))]
            try? FileManager.default.createDirectory(at: plan.out, withIntermediateDirectories: true)
            try? Data(bytes).write(to: url)
            try? Data(log.joined(separator: "\n").utf8).write(to: url.appendingPathExtension("log"))
            finding.input = url.path
            return finding
        }
    }

    /// Adds `text` (gdb's backtrace) to the finding's `.log`.
    func appendLog(_ text: String, to finding: Finding) {
        let log = URL(fileURLWithPath: finding.input + ".log")
        guard finding.input.hasPrefix(plan.out.path), let handle = try? FileHandle(forWritingTo: log) else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        let frames = text.split(separator: "\n").filter { $0.hasPrefix("#") || $0.contains("signal") }.joined(separator: "\n")
        try? handle.write(contentsOf: Data(("\n\ngdb backtrace:\n" + frames + "\n").utf8))
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
