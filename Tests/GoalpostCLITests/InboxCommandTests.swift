import Foundation
import GoalpostCore
import Testing

/// Every file dropped is ingested exactly as it was, once, against the real goalpostd: files
/// replaced under the same name, slow writers, storage that is locked for a while, names of any
/// bytes and any length, claims left by a crash, and `retry` that trusts only the daemon's record.
@Suite(.serialized) struct InboxCommandTests {
    static var sample: URL { CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt") }

    /// The sample with one progress cell corrected: another edition of the same report.
    static func corrected() throws -> Data {
        let text = try String(contentsOf: sample, encoding: .utf8)
        guard let range = text.range(of: "已完成") else { throw CLITestError.setupFailed("the sample has no 已完成") }
        return Data(text.replacingCharacters(in: range, with: "已全部完成").utf8)
    }

    static func storedHashes(_ home: URL) throws -> Set<String> {
        let list = try CLIRunner.run(["reports", "--home", home.path, "--json"]).json() as? [[String: Any]] ?? []
        return Set(list.compactMap { $0["sha256"] as? String })
    }

    static func archivedHashes(_ home: URL) throws -> [String] {
        let archive = home.appendingPathComponent("archive")
        return try files(in: archive).map { SHA256.hex(Array(try Data(contentsOf: archive.appendingPathComponent($0)))) }
    }

    enum Replacement: String, CaseIterable { case movedOnto, writtenOver }

    @Test(arguments: Replacement.allCases)
    func aFileReplacedUnderItsNameIsReadAsItsOwnFile(replacement: Replacement) throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            let first = try Data(contentsOf: Self.sample)
            let second = try Self.corrected()
            let staged = home.appendingPathComponent("staged")
            try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
            try first.write(to: staged.appendingPathComponent("1.txt"))
            try second.write(to: staged.appendingPathComponent("2.txt"))
            let target = daemon.inbox.appendingPathComponent("r.txt")
            #expect(rename(staged.appendingPathComponent("1.txt").path, target.path) == 0)
            usleep(50_000)
            switch replacement {
            case .movedOnto:
                #expect(rename(staged.appendingPathComponent("2.txt").path, target.path) == 0)
            case .writtenOver:
                let handle = try #require(FileHandle(forWritingAtPath: target.path) ?? {
                    FileManager.default.createFile(atPath: target.path, contents: nil)
                    return FileHandle(forWritingAtPath: target.path)
                }())
                try handle.truncate(atOffset: 0)
                try handle.write(contentsOf: second)
                try handle.close()
            }
            let secondHash = SHA256.hex(Array(second))
            try waitUntil("the corrected version stored") { try Self.storedHashes(home).contains(secondHash) }
            try waitUntil("the inbox empty") { files(in: daemon.inbox).isEmpty && daemon.claimsAreEmpty }
            let stored = try Self.storedHashes(home)
            let archived = try Self.archivedHashes(home)
            // Every archived file is exactly what was read and stored, once.
            #expect(Set(archived).isSubset(of: stored))
            #expect(archived.count == Set(archived).count)
            if replacement == .movedOnto { #expect(stored == [SHA256.hex(Array(first)), secondHash]) }
            #expect(files(in: home.appendingPathComponent("failed")).isEmpty)
            #expect(daemon.stop() == 0)
        }
    }

    @Test(arguments: [false, true])
    func aSlowWriterIsReadOnceComplete(heldOpen: Bool) throws {
        try withTemporaryDirectory { home throws in
            // The daemon's own quiet period (5 s): a pause of 0.5 s between writes must not end a file.
            let daemon = try DaemonProcess(home: home, omitting: ["--quiet-period"])
            try daemon.waitUntilReady()
            let bytes = try Data(contentsOf: Self.sample)
            let target = daemon.inbox.appendingPathComponent("slow.txt")
            let chunk = bytes.count / 10 + 1
            let handle = heldOpen ? try Self.createInPlace(target) : nil
            if !heldOpen { try Self.createInPlace(target).close() }
            for (index, start) in stride(from: 0, to: bytes.count, by: chunk).enumerated() {
                let part = bytes[start..<min(start + chunk, bytes.count)]
                if let handle {
                    try handle.write(contentsOf: part)
                } else {
                    let appender = try FileHandle(forWritingTo: target)
                    try appender.seekToEnd()
                    try appender.write(contentsOf: part)
                    try appender.close()
                }
                guard index == 3 else {
                    usleep(500_000)
                    continue
                }
                // A scan (SIGHUP rescans) in the middle of a pause must not take the file either.
                usleep(400_000)
                kill(daemon.process.processIdentifier, SIGHUP)
                usleep(100_000)
            }
            try handle?.close()
            try waitUntil("archive") { !files(in: home.appendingPathComponent("archive")).isEmpty }
            let list = try #require(try CLIRunner.run(["reports", "--home", home.path, "--json"]).json() as? [[String: Any]])
            #expect(list.count == 1)
            #expect(list.first?["tasks"] as? Int == 158)
            #expect(try Self.archivedHashes(home) == [SHA256.hex(Array(bytes))])
            #expect(files(in: home.appendingPathComponent("failed")).isEmpty)
            #expect(daemon.stop() == 0)
        }
    }

    /// Opens `url` for writing, created in place (not through a temporary file and a rename).
    static func createInPlace(_ url: URL) throws -> FileHandle {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CLITestError.setupFailed("cannot create \(url.path)") }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    @Test func aDatabaseLockedForAWhileDelaysTheFileButDoesNotFailIt() throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            // Another writer holds the history for longer than SQLite's busy timeout (10 s).
            let holder = try LockHolder(database: home.appendingPathComponent("goalpost.sqlite"), seconds: 14)
            defer { holder.stop() }
            try FileManager.default.copyItem(at: Self.sample, to: home.appendingPathComponent("staged.txt"))
            try FileManager.default.moveItem(at: home.appendingPathComponent("staged.txt"), to: daemon.inbox.appendingPathComponent("locked.txt"))
            try daemon.waitForLog("waiting: the storage is busy")
            try waitUntil("archive") { files(in: home.appendingPathComponent("archive")) == ["临安区/2023/locked.txt"] }
            #expect(files(in: home.appendingPathComponent("failed")).isEmpty)
            #expect(daemon.stop() == 0)
            #expect(daemon.log().contains("storage available again"))
        }
    }

    @Test func aNameThatIsNotUTF8IsIngestedAndShownEscaped() throws {
        try withTemporaryDirectory { home throws in
            let daemon = try DaemonProcess(home: home, options: ["--reconcile-interval": "3600"])
            try daemon.waitUntilReady()
            let staged = home.appendingPathComponent("staged.txt")
            try FileManager.default.copyItem(at: Self.sample, to: staged)
            let name: [UInt8] = [0xFF, 0xFE] + Array("报告.txt".utf8)
            let target = Array(daemon.inbox.path.utf8) + [0x2F] + name + [0]
            let moved = target.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in chars.baseAddress.map { rename(staged.path, $0) } ?? -1 }
            }
            #expect(moved == 0)
            try waitUntil("archive", timeout: 30) { files(in: home.appendingPathComponent("archive")) == ["临安区/2023/%FF%FE报告.txt"] }
            #expect(daemon.stop() == 0)
            #expect(daemon.log().contains("ingested %FF%FE报告.txt"))
        }
    }

    /// 255 bytes: the longest name a file system allows.
    static let longestName = String(repeating: "坏", count: 83) + "aa.txt"

    @Test func theLongestNamesGetTheirSidecarAndTheirSecondArchiveName() throws {
        try withTemporaryDirectory { home throws in
            #expect(Self.longestName.utf8.count == 255)
            let daemon = try DaemonProcess(home: home)
            try daemon.waitUntilReady()
            try Data([0, 1, 2, 3, 0xFF]).write(to: daemon.inbox.appendingPathComponent(Self.longestName))
            try waitUntil("failed") { files(in: home.appendingPathComponent("failed")).count == 2 }
            for round in 1...2 {
                let staged = home.appendingPathComponent("staged.txt")
                try FileManager.default.copyItem(at: Self.sample, to: staged)
                try FileManager.default.moveItem(at: staged, to: daemon.inbox.appendingPathComponent(Self.longestName))
                try waitUntil("archived \(round)") { files(in: home.appendingPathComponent("archive")).count == round }
            }
            #expect(files(in: daemon.inbox).isEmpty)
            let failed = try #require(try CLIRunner.run(["failed", "--home", home.path, "--json"]).json() as? [[String: Any]])
            #expect(failed.first?["original"] as? String == Self.longestName)
            kill(daemon.process.processIdentifier, SIGHUP)  // a rescan finds nothing left to fail
            try daemon.waitForLog("configuration reloaded")
            #expect(daemon.stop() == 0)
            #expect(daemon.log().components(separatedBy: "failed 坏").count == 2)
        }
    }

    @Test func retryMovesFilesOnlyInsideTheInboxWhateverTheSidecarSays() throws {
        try withTemporaryDirectory { root throws in
            // Two levels down, so an escape to ../../PWNED would still land inside the temporary folder.
            let home = root.appendingPathComponent("a/home")
            let failed = home.appendingPathComponent("failed")
            let records = failed.appendingPathComponent(".goalpost-records")
            try FileManager.default.createDirectory(at: records, withIntermediateDirectories: true)
            // A sidecar whose lines a cell forged, and a record that points outside the inbox.
            try Data("x".utf8).write(to: failed.appendingPathComponent("forged.txt"))
            try Data("Cannot read.\noriginal: ../../PWNED/cron-job\noriginal: forged.txt\n".utf8)
                .write(to: failed.appendingPathComponent("forged.txt.error.txt"))
            try Data("y".utf8).write(to: failed.appendingPathComponent("tampered.txt"))
            try Data(#"{"original":"../../PWNED/tampered","reason":"r","failedAt":"t","kind":"unreadable"}"#.utf8)
                .write(to: records.appendingPathComponent("tampered.txt.json"))
            let retry = try CLIRunner.run(["retry", "--home", home.path, "--all"])
            #expect(retry.status == 0)
            #expect(files(in: root).filter { $0.contains("PWNED") }.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("PWNED").path))
            #expect(files(in: home.appendingPathComponent("inbox")) == ["forged.txt", "tampered.txt"])
        }
    }

    /// Files no worker gets through under a tight limit, and the limit each one passes.
    enum Poison: String, CaseIterable {
        case memory, cpu

        /// memory: 3,998 rows of 1,000 cells (4 MB), whose grid needs far more than a 256 MB worker
        /// has; cpu: 2,000 rows of long progress cells, far more than 3 seconds of reading.
        var data: Data {
            switch self {
            case .memory:
                let padding = String(repeating: ",", count: 996)
                let rows = (1...3_997).map { "\($0),扩空间,建设第\($0)项。,已完成。" + padding }
                return Data((["2023年政府工作报告重点工作完成情况表", "序号,工作目标,工作任务,完成情况" + padding] + rows).joined(separator: "\n").utf8)
            case .cpu:
                let progress = String(repeating: "全年共清理“三块地”22853亩，其中清理批而未供土地4286亩，完成两批次共28个项目验收；", count: 40)
                let rows = (1...2_000).map { "\($0),扩空间,消化清理批而未供土地9500亩以上第\($0)项。,\(progress)" }
                return Data((["2023年政府工作报告重点工作完成情况表", "序号,工作目标,工作任务,完成情况"] + rows).joined(separator: "\n").utf8)
            }
        }

        var options: [String: String] {
            switch self {
            case .memory: return ["--file-memory-limit": "268435456"]
            // 3 s: the good file needs about 0.7 s of CPU in a debug build, more on a busy machine
            // (a 1 s limit failed it once); the poison needs more than 30 s.
            case .cpu: return ["--file-cpu-limit": "3"]
            }
        }

        /// What the reason says.
        var limit: String {
            switch self {
            case .memory: return "memory limit"
            case .cpu: return "CPU-time limit"
            }
        }
    }

    /// The pids of goalpostd workers whose parent is `daemon`.
    static func workers(of daemon: Int32) -> [Int32] {
        let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { Int32($0) }
        return pids.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == daemon
        }
    }

    @Test(arguments: Poison.allCases)
    func aPoisonFileEndsInFailedAndTheGoodFileIsIngestedWhateverTheRestarts(poison: Poison) throws {
        try withTemporaryDirectory { home throws in
            let inbox = home.appendingPathComponent("inbox")
            try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
            try poison.data.write(to: inbox.appendingPathComponent("poison.csv"))
            usleep(20_000)  // the good file arrives second
            try FileManager.default.copyItem(at: Self.sample, to: inbox.appendingPathComponent("good.txt"))
            let limits = poison.options
            var log = ""
            for round in 1...2 {
                // A kill of the daemon while a worker reads the poison file marks nothing; the worker goes with it.
                let daemon = try DaemonProcess(home: home, options: limits)
                try waitUntil("a worker \(round)", timeout: 60) { !Self.workers(of: daemon.process.processIdentifier).isEmpty }
                let workers = Self.workers(of: daemon.process.processIdentifier)
                kill(daemon.process.processIdentifier, SIGKILL)
                daemon.process.waitUntilExit()
                log += daemon.log()
                try waitUntil("the workers gone \(round)", timeout: 30) { workers.allSatisfy { kill($0, 0) != 0 } }
            }
            let daemon = try DaemonProcess(home: home, options: limits)
            try waitUntil("good archived") { files(in: home.appendingPathComponent("archive")) == ["临安区/2023/good.txt"] }
            try waitUntil("poison failed") { files(in: home.appendingPathComponent("failed")) == ["poison.csv", "poison.csv.error.txt"] }
            let failed = try #require(try CLIRunner.run(["failed", "--home", home.path, "--json"]).json() as? [[String: Any]])
            #expect(failed.first?["kind"] as? String == "poison")
            #expect((failed.first?["reason"] as? String)?.contains(poison.limit) == true)
            let status = try #require(try CLIRunner.run(["status", "--home", home.path, "--json"]).json() as? [String: Any])
            #expect((status["poisonedFiles"] as? [Any])?.count == 1)
            #expect(daemon.stop() == 0)
            log += daemon.log()
            #expect(log.components(separatedBy: "failed poison.csv").count == 2)
        }
    }

    @Test func aClaimLeftByACrashIsResumedAtStartUp() throws {
        try withTemporaryDirectory { home throws in
            let claims = home.appendingPathComponent("inbox/.goalpost-claims")
            try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.sample, to: claims.appendingPathComponent("00000000000000001-a"))
            try Data(#"{"original":"临安区/年终.txt","claimedAt":"2026-01-01T00:00:00Z"}"#.utf8)
                .write(to: claims.appendingPathComponent("00000000000000001-a.json"))
            try Data("{}".utf8).write(to: claims.appendingPathComponent("00000000000000002-b.json"))  // crashed before its rename
            let daemon = try DaemonProcess(home: home)
            try waitUntil("archive") { files(in: home.appendingPathComponent("archive")) == ["临安区/2023/年终.txt"] }
            try waitUntil("claims empty") { daemon.claimsAreEmpty }
            #expect(daemon.stop() == 0)
        }
    }
}

extension DaemonProcess {
    /// True when the daemon's claim folder holds nothing.
    var claimsAreEmpty: Bool {
        let claims = inbox.appendingPathComponent(".goalpost-claims")
        return ((try? FileManager.default.contentsOfDirectory(atPath: claims.path)) ?? []).isEmpty
    }
}

/// Another process holding an exclusive lock on a SQLite database for a while (python3's sqlite3).
final class LockHolder {
    let process = Process()

    init(database: URL, seconds: Int) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script = """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            time.sleep(float(sys.argv[2]))
            c.execute("COMMIT")
            """
        process.arguments = ["python3", "-c", script, database.path, String(seconds)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let line = output.fileHandleForReading.availableData
        guard String(decoding: line, as: UTF8.self).contains("locked") else { throw CLITestError.setupFailed("python3 could not lock the database") }
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
