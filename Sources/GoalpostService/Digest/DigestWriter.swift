import Foundation
import GoalpostCore
import GoalpostStore

/// Writes change digests (`digests/REGION/YEAR-MM[-vs-YEAR-MM].md` and `.json`) derived from the history.
///
/// Digests are a pure function of the database, so a missing one can always be written again.
package struct DigestWriter: Sendable {
    package let history: RegionHistory
    package let folder: URL
    /// Reports whose digests are never made (making them stopped an earlier worker process).
    package var skipping: Set<Int64> = []
    /// Told before and after each report's digests are made, so a parent process can tell which
    /// report a worker died on.
    package var progress: (@Sendable (Step) -> Void)?

    /// A point in the making of one report's digests.
    package enum Step: Sendable, Equatable {
        case begin(reportId: Int64)
        case done(reportId: Int64)
    }

    package init(history: RegionHistory, folder: URL) {
        self.history = history
        self.folder = folder
    }

    /// Writes the digests of report `id` (against each of its baselines) atomically; returns the
    /// Markdown paths, none for a report in ``skipping``.
    @discardableResult
    package func write(reportId id: Int64) throws -> [URL] {
        guard !skipping.contains(id) else { return [] }
        progress?(.begin(reportId: id))
        guard let summary = try history.store.summary(id: id) else {
            throw StoreError.unknownReport(reference: "id:\(id)", candidates: [])
        }
        let files = try RegionDigester.digests(
            for: id, sides: try history.store.sides(region: summary.region), options: try history.options(region: summary.region))
        let written = try files.map { file in
            let base = url(of: file.relativePath)
            try FileMoves.writeAtomically(Data(file.markdown.utf8), to: base.appendingPathExtension("md"))
            try FileMoves.writeAtomically(file.json, to: base.appendingPathExtension("json"))
            return base.appendingPathExtension("md")
        }
        progress?(.done(reportId: id))
        return written
    }

    /// Rewrites the digests of report `id` and of every later report compared with it, then fills
    /// in and prunes the region's digests.
    package func refresh(after id: Int64) throws {
        guard let summary = try history.store.summary(id: id) else { return }
        let current = try history.store.summaries(region: summary.region).filter(\.current)
        try write(reportId: id)
        for later in current where later.id != id && ComparisonPlanner.baselines(for: later, among: current).contains(where: { $0.id == id }) {
            try write(reportId: later.id)
        }
        try writeMissing(region: summary.region)
    }

    /// Rewrites every digest of `region` (after a link decision or an alias changed what they say).
    package func rewriteAll(region: String) throws {
        for id in try expected(region: region).keys.sorted() { try write(reportId: id) }
        try writeMissing(region: region)
    }

    /// The digest base paths (without extension) every current report of `region` should have.
    package func expected(region: String) throws -> [Int64: [URL]] {
        let current = try history.store.summaries(region: region).filter(\.current)
        var result: [Int64: [URL]] = [:]
        for summary in current {
            let baselines = ComparisonPlanner.baselines(for: summary, among: current)
            let names = baselines.isEmpty
                ? [DigestPath.baseName(for: summary)] : baselines.map { DigestPath.baseName(for: summary, against: $0) }
            result[summary.id] = names.map(url(of:))
        }
        return result
    }

    /// Writes every missing digest of `region` (all regions when nil) and removes digests no current
    /// report calls for any more (after out-of-order arrivals or `forget`); returns the ids written.
    @discardableResult
    package func writeMissing(region: String? = nil) throws -> [Int64] {
        let regions = try region.map { [$0] } ?? history.store.regions()
        var written: [Int64] = []
        for name in regions {
            let expected = try expected(region: name)
            for (id, bases) in expected.sorted(by: { $0.key < $1.key }) where !skipping.contains(id) && bases.contains(where: isMissing) {
                try write(reportId: id)
                written.append(id)
            }
            prune(region: name, keeping: Set(expected.values.flatMap { $0 }.map(\.path)))
        }
        return written
    }

    private func isMissing(_ base: URL) -> Bool {
        let manager = FileManager.default
        return !manager.fileExists(atPath: base.appendingPathExtension("md").path)
            || !manager.fileExists(atPath: base.appendingPathExtension("json").path)
    }

    private func prune(region: String, keeping: Set<String>) {
        let regionFolder = folder.appendingPathComponent(RegionFolder.name(region))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: regionFolder.path)) ?? []
        for name in names where name.hasSuffix(".md") || name.hasSuffix(".json") {
            let file = regionFolder.appendingPathComponent(name)
            if !keeping.contains(file.deletingPathExtension().path) { try? FileManager.default.removeItem(at: file) }
        }
    }

    private func url(of relativePath: String) -> URL {
        // DigestPath builds the path from RegionFolder and period stamps: no component can climb out.
        relativePath.split(separator: "/").reduce(folder) { $0.appendingPathComponent(String($1)) }
    }
}
