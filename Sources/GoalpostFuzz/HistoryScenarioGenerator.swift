import GoalpostCore

/// Derives the history scenario of one iteration: a pure function of (seed, iteration).
package enum HistoryScenarioGenerator {
    static let references = ["1", "id:1", "id:-1", "id:99999999999999999999", "2023", "2023-06", "2023-13", "临安区/2023", "临安区/2023-06",
                             "临安区/2023#1", "临安区/2023#0", "临安区/2023#-1", "task:1", "task:0", "#", "/", "/2023", "", "2023-", "9999999999999999999/1"]
    static let searches = ["完成", "亩", "区", "a", "%", "\"", "*", "OR", "NEAR(", "\u{0}", "完成 OR 推进", String(repeating: "长", count: 500), "'"]

    /// The scenario of iteration `iteration` of a run seeded `seed`.
    package static func scenario(seed: UInt64, iteration: Int) -> HistoryScenario {
        var random = FuzzRandom(seed: seed, iteration: iteration, stream: 99)
        var text = ReportTextGenerator(random: FuzzRandom(seed: seed, iteration: iteration, stream: 100))
        let regions = (0..<(1 + random.below(3))).map { _ in random.pick(ReportTextGenerator.regions) }
        let firstYear = 2018 + random.below(6)
        var files: [HistoryScenario.File] = []
        for index in 0..<(1 + random.size(upTo: 8)) {
            if !files.isEmpty && random.chance(1, in: 8) {
                var copy = random.pick(files)
                copy.name = "copy\(index)-" + copy.name
                files.append(copy)
                continue
            }
            files.append(text.file(region: random.pick(regions), year: firstYear + random.below(4), index: index))
        }
        var operations = Array(files.indices).shuffled(using: &random).map { HistoryOperation.ingest(file: $0) }
        for _ in 0..<random.size(upTo: 24) {
            operations.insert(operation(files: files.count, using: &random), at: random.below(operations.count + 1))
        }
        return HistoryScenario(files: files, operations: operations)
    }

    private static func operation(files: Int, using random: inout FuzzRandom) -> HistoryOperation {
        let index = { (random: inout FuzzRandom) in random.below(1_000) }
        switch random.below(12) {
        case 0: return .ingest(file: random.below(files))
        case 1: return .forget(report: index(&random))
        case 2: return .reparse(report: index(&random))
        case 3, 4: return .link(before: index(&random), after: index(&random), confirmed: random.chance(2, in: 3))
        case 5:
            let name = random.pick(ReportTextGenerator.categories)
            return .alias(name: name, canonical: random.chance(1, in: 4) ? nil : random.pick(ReportTextGenerator.categories))
        case 6:
            return .override(task: index(&random), status: random.pick(OutcomeStatus.allCases).rawValue, reason: random.pick(["核查", "\u{0}", String(repeating: "理由", count: 2000)]))
        case 7: return .diff(before: index(&random), after: index(&random))
        case 8: return .lineages(region: index(&random))
        case 9: return .search(text: random.pick(searches))
        case 10: return .resolve(reference: random.pick(references))
        default: return .digests
        }
    }
}
