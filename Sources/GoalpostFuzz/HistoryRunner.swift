import Foundation
import GoalpostCore
import GoalpostService
import GoalpostStore

/// Runs a history scenario against a fresh home folder through the library calls the CLI and the
/// daemon make (ingest, digests, forget, reparse, link, alias, override, diff, lineages, search).
package struct HistoryRunner {
    let folder: URL
    let store: ReportStore
    let history: RegionHistory
    let digests: DigestWriter

    /// A runner over a new history in `folder` (created; the caller removes it).
    package init(folder: URL) throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("kept"), withIntermediateDirectories: true)
        self.folder = folder
        store = try ReportStore(path: folder.appendingPathComponent("goalpost.sqlite").path)
        history = RegionHistory(store: store)
        digests = DigestWriter(history: history, folder: folder.appendingPathComponent("digests"))
    }

    /// Runs the operations in order; `report` receives each operation's index, name and outcome
    /// (`ok`, `failed`, `skipped`, or an error name) before the next one starts.
    package func run(_ scenario: HistoryScenario, report: (Int, String, String) -> Void) {
        for (index, operation) in scenario.operations.enumerated() {
            let outcome: String
            do {
                outcome = try perform(operation, scenario)
            } catch {
                outcome = Outcome.name(of: error)
            }
            report(index, operation.name, outcome)
        }
    }

    private func perform(_ operation: HistoryOperation, _ scenario: HistoryScenario) throws -> String {
        switch operation {
        case .ingest(let index):
            guard scenario.files.indices.contains(index) else { return "skipped" }
            return try ingest(scenario.files[index])
        case .forget(let index):
            guard let id = try reportID(index) else { return "skipped" }
            let region = try store.summary(id: id)?.region
            if let promoted = try store.forget(id: id) { try digests.refresh(after: promoted) } else { try digests.writeMissing(region: region) }
        case .reparse(let index):
            guard let id = try reportID(index) else { return "skipped" }
            if case .failure = Reparser(store: store, digests: digests).reparse(id: id) { return "failed" }
        case .link(let before, let after, let confirmed):
            let tasks = try taskIDs()
            guard !tasks.isEmpty else { return "skipped" }
            let (first, second) = (tasks[before % tasks.count], tasks[after % tasks.count])
            try store.decide(before: first, after: second, confirmed ? .confirmed : .broken)
            try digests.rewriteAll(region: try store.region(ofTask: second) ?? "")
        case .alias(let name, let canonical):
            try store.setCategoryAlias(name, to: canonical)
            for region in try store.regions() { try digests.rewriteAll(region: region) }
        case .override(let index, let status, let reason):
            let tasks = try taskIDs()
            guard !tasks.isEmpty, let status = OutcomeStatus(rawValue: status) else { return "skipped" }
            _ = try store.override(taskId: tasks[index % tasks.count], status: status, reason: reason)
            try digests.rewriteAll(region: try store.region(ofTask: tasks[index % tasks.count]) ?? "")
        case .diff(let before, let after):
            guard let first = try reportID(before), let second = try reportID(after) else { return "skipped" }
            let diff = try history.diff(from: first, to: second)
            _ = ReportDigest(diff: diff).markdown
            _ = try RegionDigester.encode(diff)
        case .lineages(let index):
            try lineages(index)
        case .search(let text):
            _ = try store.search(text)
        case .resolve(let reference):
            _ = try? store.resolveReport(reference)
            _ = try? store.resolveTask(reference)
        case .digests:
            try digests.writeMissing()
        }
        return "ok"
    }

    private func ingest(_ file: HistoryScenario.File) throws -> String {
        let url = folder.appendingPathComponent("kept").appendingPathComponent(file.name)
        try Data(file.text.utf8).write(to: url)
        let hints = ParseOptions(fileName: file.name, region: file.region, year: file.year, asOfMonth: file.asOfMonth)
        switch FileIngestor(store: store).ingest(url, hints: hints) {
        case .ingested(let summary, _):
            try digests.refresh(after: summary.id)
            return "ok"
        case .duplicate: return "duplicate"
        case .failed, .unavailable: return "failed"
        }
    }

    /// `history`, `trace`, `owners` and `export` over the region with index `index`.
    private func lineages(_ index: Int) throws {
        let regions = try store.regions()
        guard !regions.isEmpty else { return }
        let region = regions[index % regions.count]
        let (sides, diffs) = try history.consecutiveDiffs(region: region)
        let lineages = try history.lineages(region: region)
        _ = TaskHistoryExport.csv(TaskHistoryExport.rows(sides: sides, lineages: lineages))
        for lineage in lineages.prefix(20) { _ = LineageTrace.entries(of: lineage, sides: sides) }
        for name in Set(sides.flatMap(\.categoryNames).compactMap { $0 }).sorted().prefix(10) {
            _ = CategoryHistory.entries(matching: name, sides: sides, diffs: diffs)
        }
        if let last = sides.last { _ = OwnerSummary.summaries(side: last, before: sides.dropLast().last, diff: diffs.last) }
    }

    private func reportID(_ index: Int) throws -> Int64? {
        let ids = try store.summaries().map(\.id).sorted()
        return ids.isEmpty ? nil : ids[index % ids.count]
    }

    private func taskIDs() throws -> [Int64] {
        try store.regions().flatMap { try store.sides(region: $0) }.flatMap(\.tasks).map(\.id).sorted()
    }
}
