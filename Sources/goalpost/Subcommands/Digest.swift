import ArgumentParser
import Foundation
import GoalpostCore
import GoalpostService
import GoalpostStore

struct Digest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the change digest of a report (against its baselines), as the daemon writes it.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The report (default with --latest: the report ingested last).")
    var report: String?

    @Flag(help: "The report ingested last.")
    var latest = false

    @Flag(help: "Print the digests as a JSON array (each the diff shape plus highlights).")
    var json = false

    func validate() throws {
        if latest == (report != nil) { throw ValidationError("Give either a REPORT or --latest.") }
    }

    func run() throws {
        let settings = try store.settings()
        let history = store.history(try store.openExisting(), settings)
        let files = try CommandFailure.guarding { () throws -> [DigestFile] in
            let id = try report.map(history.store.resolveReport) ?? latestId(history.store)
            guard let summary = try history.store.summary(id: id) else { throw StoreError.unknownReport(reference: "id:\(id)", candidates: []) }
            return try RegionDigester.digests(
                for: id, sides: history.store.sides(region: summary.region), options: history.options(region: summary.region))
        }
        if json {
            let objects = try files.map { try JSONSerialization.jsonObject(with: $0.json) }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return print(String(decoding: data, as: UTF8.self))
        }
        print(files.map(\.markdown).joined(separator: "\n"), terminator: "")
    }

    private func latestId(_ store: ReportStore) throws -> Int64 {
        guard let latest = try store.summaries().filter(\.current).max(by: { ($0.ingestedAt, $0.id) < ($1.ingestedAt, $1.id) }) else {
            throw StoreError.unknownReport(reference: "--latest", candidates: [])
        }
        return latest.id
    }
}

struct Digests: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the digest files the daemon wrote.")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("digests"), help: ArgumentHelp("""
        List the digests in DIR (relative to the current folder) instead of HOME/digests; \
        with --db and no --home, only this folder is listed.
        """, valueName: "DIR"))
    var folder: String?

    @Option(help: "Only digests of this region.")
    var region: String?

    @Flag(help: "Print the list as JSON.")
    var json = false

    struct Entry: Encodable { var region: String; var name: String; var markdown: String; var json: String }

    func run() throws {
        guard let folder = try store.digestFolder(store.settings(), given: folder) else {
            if json { return try JSONOutput.print([Entry]()) }
            return print("No digests: --db without --home reads no home's digests; give --digests DIR to list a folder.")
        }
        let manager = FileManager.default
        let regions = (try? manager.contentsOfDirectory(atPath: folder.path))?.sorted().filter { region == nil || $0 == region } ?? []
        let entries = regions.flatMap { name -> [Entry] in
            let regionFolder = folder.appendingPathComponent(name)
            let files = ((try? manager.contentsOfDirectory(atPath: regionFolder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            return files.map { file in
                let base = regionFolder.appendingPathComponent(String(file.dropLast(3)))
                return Entry(region: name, name: base.lastPathComponent, markdown: base.path + ".md", json: base.path + ".json")
            }
        }
        if json { return try JSONOutput.print(entries) }
        if entries.isEmpty { return print("No digests yet.") }
        Terminal.print(TerminalTable(headers: ["region", "digest", "file"], rows: entries.map { [$0.region, $0.name, $0.markdown] }, flexible: [2]))
    }
}
