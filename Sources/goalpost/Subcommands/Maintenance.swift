import ArgumentParser
import Foundation
import GoalpostService
import GoalpostStore

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the history to FILE with SQLite's online backup (safe while goalpostd runs).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The backup file to write; it must not exist.")
    var file: String

    func run() throws {
        let target = URL(fileURLWithPath: file).standardizedFileURL
        if FileManager.default.fileExists(atPath: target.path) {
            throw CommandFailure.message("Cannot back up to '\(file)': the file exists; choose a new name.")
        }
        let history = try store.openExisting()
        try CommandFailure.guarding { try history.backup(to: target.path) }
        print("backup  \(target.path)")
    }
}

struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove a report from the history, with the original bytes kept for it; the daemon's archived file stays.")

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: DigestOptions

    @Argument(help: "The report to remove.")
    var report: String

    func run() throws {
        let settings = try store.settings()
        let history = try store.openForWriting()
        let (summary, promoted) = try CommandFailure.guarding { () throws -> (ReportSummary, Int64?) in
            let id = try history.resolveReport(report)
            guard let summary = try history.summary(id: id) else { throw StoreError.unknownReport(reference: report, candidates: []) }
            return (summary, try history.forget(id: id))
        }
        let digests = try store.digestWriter(history, settings, output)
        try CommandFailure.guarding {
            if let promoted { try digests?.refresh(after: promoted) } else { try digests?.writeMissing(region: summary.region) }
        }
        if digests == nil { DigestOptions.noteSkipped() }
        print("forgot  \(summary.reference) (id \(summary.id))" + (promoted.map { "; id \($0) is current again" } ?? ""))
    }
}
