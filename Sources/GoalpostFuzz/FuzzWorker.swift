import Foundation
import GoalpostCore

/// The worker side of a run: tries inputs one by one and reports each on standard output, one line
/// at a time, so the supervisor knows which input a trap, hang or blow-up happened on:
/// `B iteration kind` before, `R label outcome` per result, `E iteration microseconds peakKB` after.
package struct FuzzWorker {
    let job: WorkerJob
    let corpus: SeedCorpus
    let scratch: URL
    let generator: FormatInputGenerator
    let probe: FormatProbe

    package init(job: WorkerJob, fixtures: URL, scratch: URL) throws {
        self.job = job
        corpus = try SeedCorpus(fixtures: fixtures)
        self.scratch = scratch
        generator = FormatInputGenerator(corpus: corpus)
        probe = FormatProbe(corpus: corpus)
    }

    /// Runs the job's iterations from `from` (replay jobs skip earlier files).
    package func run() throws {
        ParentWatch.start()
        for iteration in job.range {
            let kind = job.kind(of: iteration)
            WorkerOutput.line("B \(iteration) \(kind.rawValue)")
            let start = DispatchTime.now().uptimeNanoseconds
            try runOne(iteration, kind: kind)
            let micros = (DispatchTime.now().uptimeNanoseconds - start) / 1_000
            WorkerOutput.line("E \(iteration) \(micros) \(ProcessMemory.peakKilobytes(pid: nil) ?? 0)")
        }
    }

    private func runOne(_ iteration: Int, kind: FuzzKind) throws {
        switch job {
        case .generated(_, let seed, _):
            if kind == .history {
                runHistory(HistoryScenarioGenerator.scenario(seed: seed, iteration: iteration), iteration: iteration)
            } else {
                let input = generator.input(kind: kind, seed: seed, iteration: iteration)
                WorkerOutput.line("R \(input.label) \(probe.run(input, diffAgainstSeed: iteration % 4 == 0))")
            }
        case .replay(let files):
            let url = URL(fileURLWithPath: files[iteration])
            let data = try Data(contentsOf: url)
            if kind == .history {
                runHistory(try JSONDecoder().decode(HistoryScenario.self, from: data), iteration: iteration)
            } else {
                let input = FormatInput(kind: kind, fileName: url.lastPathComponent, bytes: Array(data), seedName: "", mutations: [], label: kind.rawValue)
                WorkerOutput.line("R replay/\(kind.rawValue) \(probe.run(input, diffAgainstSeed: false))")
            }
        }
    }

    private func runHistory(_ scenario: HistoryScenario, iteration: Int) {
        let folder = scratch.appendingPathComponent("history-\(iteration)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try? FileManager.default.removeItem(at: folder)
            let runner = try HistoryRunner(folder: folder)
            runner.run(scenario) { index, name, outcome in WorkerOutput.line("R history/\(name) \(outcome) \(index)") }
        } catch {
            WorkerOutput.line("R history/setup \(Outcome.name(of: error))")
        }
    }
}

/// Unbuffered lines on standard output (the supervisor must see a line before a trap that follows it).
enum WorkerOutput {
    static func line(_ text: String) {
        let bytes = Array((text.replacingOccurrences(of: "\n", with: " ") + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if result <= 0 { exit(3) }
            written += result
        }
    }
}

/// Ends the worker when its supervisor is gone, so no worker outlives an interrupted run.
enum ParentWatch {
    static func start() {
        let parent = getppid()
        let thread = Thread {
            while true {
                if getppid() != parent { _exit(4) }
                usleep(200_000)
            }
        }
        thread.start()
    }
}
