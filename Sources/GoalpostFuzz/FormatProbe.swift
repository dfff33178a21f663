import GoalpostCore

/// Runs one format input through what the daemon does with a file in memory: detect, read,
/// parse, assess, the first-report digest, and a diff against the seed it came from.
package final class FormatProbe {
    private let corpus: SeedCorpus
    /// The seeds' parsed reports as diff sides, parsed on first use.
    private var seedSides: [String: DiffSide?] = [:]

    package init(corpus: SeedCorpus) {
        self.corpus = corpus
    }

    /// Runs `input`; returns the outcome name (`ok`, `ReadError.malformedXML`, …). A trap ends the process.
    package func run(_ input: FormatInput, diffAgainstSeed: Bool) -> String {
        let report: Report
        do {
            report = try ReportReader.read(input.bytes, options: ParseOptions(fileName: input.fileName)).assessed()
        } catch {
            return Outcome.name(of: error)
        }
        let side = Self.side(of: report, id: 2)
        _ = FirstReportDigest(side: side).markdown
        _ = try? RegionDigester.encode(FirstReportDigest(side: side))
        if diffAgainstSeed, let before = seedSide(input) {
            let diff = ReportDiffer.diff(before: before, after: side)
            _ = ReportDigest(diff: diff).markdown
            _ = try? RegionDigester.encode(ReportDigest(diff: diff))
        }
        return "ok"
    }

    /// A diff side of `report` with its assessed statuses and targets.
    package static func side(of report: Report, id: Int64) -> DiffSide {
        DiffSide(report: report, id: id, firstTaskID: id * 100_000) { task in
            (task.assessment?.status, task.assessment?.targets ?? [])
        }
    }

    private func seedSide(_ input: FormatInput) -> DiffSide? {
        if let cached = seedSides[input.seedName] { return cached }
        let bytes = corpus.of(input.kind).first { $0.name == input.seedName }?.bytes ?? []
        let report = try? ReportReader.read(bytes, options: ParseOptions(fileName: input.seedName)).assessed()
        let side = report.map { Self.side(of: $0, id: 1) }
        seedSides[input.seedName] = side
        return side
    }
}
