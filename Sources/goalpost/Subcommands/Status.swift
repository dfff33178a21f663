import ArgumentParser
import Foundation
import GoalpostService
import GoalpostStore

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Is a daemon running on this home; last scan, files waiting, failed files, reports.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print the status as JSON.")
    var json = false

    struct Report: Encodable {
        var daemonRunning: Bool
        var pid: Int32?
        var lastScanAt: String?
        var watcher: String?
        var filesWaiting: Int
        /// Of the files waiting, those the daemon has claimed (being read, settling, or waiting for the storage).
        var filesClaimed: Int
        var failedFiles: Int
        /// Failed files that crashed goalpost's reader or passed its CPU or memory limit.
        var poisonedFiles: [FailedFile]
        var reports: Int

        private enum CodingKeys: String, CodingKey {
            case daemonRunning, pid, lastScanAt, watcher, filesWaiting, filesClaimed, failedFiles, poisonedFiles, reports
        }

        /// `null` for what a stopped daemon cannot say.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(daemonRunning, forKey: .daemonRunning)
            try container.encode(pid, forKey: .pid)
            try container.encode(lastScanAt, forKey: .lastScanAt)
            try container.encode(watcher, forKey: .watcher)
            try container.encode(filesWaiting, forKey: .filesWaiting)
            try container.encode(filesClaimed, forKey: .filesClaimed)
            try container.encode(failedFiles, forKey: .failedFiles)
            try container.encode(poisonedFiles, forKey: .poisonedFiles)
            try container.encode(reports, forKey: .reports)
        }
    }

    func run() throws {
        let settings = try store.settings()
        let pid = DaemonLock.holder(home: settings.home)
        let daemon = pid == nil ? nil : DaemonStatus.read(home: settings.home)
        let reports = try CommandFailure.guarding { try store.openForReading()?.reportCount() ?? 0 }
        let failed = FailedFiles(folder: settings.failed, inbox: settings.inbox).list()
        let claimed = ClaimFolder(inbox: settings.inbox).pending().count
        let status = Report(
            daemonRunning: pid != nil, pid: pid, lastScanAt: daemon?.lastScanAt, watcher: daemon?.watcher,
            filesWaiting: InboxScanner(inbox: settings.inbox).candidates().count + claimed, filesClaimed: claimed,
            failedFiles: failed.count, poisonedFiles: failed.filter { $0.kind == .poison }, reports: reports)
        if json { return try JSONOutput.print(status) }
        print("home:          \(settings.home.path)")
        print("daemon:        " + (pid.map { "running (pid \($0)\(daemon.map { ", \($0.watcher)" } ?? ""))" } ?? "not running"))
        print("last scan:     \(status.lastScanAt ?? "never")")
        print("files waiting: \(status.filesWaiting)\(status.filesClaimed > 0 ? " (\(status.filesClaimed) claimed)" : "")")
        print("failed files:  \(status.failedFiles)\(status.failedFiles > 0 ? " (goalpost failed)" : "")")
        for file in status.poisonedFiles {
            print("poisoned:      \(file.name): \(file.reason)")
        }
        print("reports:       \(status.reports)")
    }
}
