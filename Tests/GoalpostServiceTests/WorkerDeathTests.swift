import Foundation
import Testing

@testable import GoalpostService

/// How a worker's end is judged, from what its parent saw, and said in one line.
@Suite struct WorkerDeathTests {
    static let limits = WorkerLimits(cpuSeconds: 120, memoryBytes: 4_294_967_296)

    @Test(arguments: [
        (WorkerEnding(termination: .signalled(SIGXCPU)), WorkerDeath.exceededCPULimit(seconds: 120)),
        (WorkerEnding(termination: .signalled(SIGSEGV)), .crashed(signal: SIGSEGV)),
        (WorkerEnding(termination: .signalled(SIGKILL)), .crashed(signal: SIGKILL)),
        (WorkerEnding(termination: .exited(status: 3)), .exitedWithoutAnswer(status: 3)),
        (WorkerEnding(termination: .exited(status: 0)), .exitedWithoutAnswer(status: 0)),
        (WorkerEnding(termination: .signalled(SIGKILL), killedAfterSeconds: 420), .timedOut(seconds: 420)),
        (WorkerEnding(termination: .signalled(SIGXCPU), killedAfterSeconds: 9), .timedOut(seconds: 9)),
        (WorkerEnding(termination: .signalled(SIGABRT), standardError: "Fatal error: failed to allocate 10000032 bytes of memory with alignment 8\n"),
         .exceededMemoryLimit(bytes: 4_294_967_296)),
        (WorkerEnding(termination: .signalled(SIGILL), standardError: "Data.swift:353: Fatal error: unable to allocate memory for length (220000000)"),
         .exceededMemoryLimit(bytes: 4_294_967_296)),
        (WorkerEnding(termination: .exited(status: 1), standardError: "terminate called after throwing an instance of 'std::bad_alloc'"),
         .exceededMemoryLimit(bytes: 4_294_967_296)),
        (WorkerEnding(termination: .signalled(SIGTRAP), standardError: "Fatal error: Index out of range"), .crashed(signal: SIGTRAP)),
    ])
    func endingsAreClassified(ending: WorkerEnding, death: WorkerDeath) {
        #expect(WorkerDeath.classify(ending, limits: Self.limits) == death)
    }

    @Test(arguments: [
        (WorkerDeath.crashed(signal: SIGSEGV), "crashed with signal 11 (SIGSEGV)"),
        (.crashed(signal: SIGBUS), "crashed with signal 7 (SIGBUS)"),
        (.crashed(signal: 64), "crashed with signal 64 (signal 64)"),
        (.exceededCPULimit(seconds: 120), "exceeded the CPU-time limit of 120 s (fileCPULimit)"),
        (.exceededMemoryLimit(bytes: 300_000_000), "exceeded the memory limit of 300000000 bytes (fileMemoryLimit)"),
        (.timedOut(seconds: 420), "was still running after 420 s of wall-clock time and was killed"),
        (.timedOut(seconds: 0.5), "was still running after 0.5 s of wall-clock time and was killed"),
        (.exitedWithoutAnswer(status: 3), "exited with status 3 without an answer"),
    ])
    func deathsAreSaidInOneLine(death: WorkerDeath, line: String) {
        #expect(death.description == line)
    }

    /// A stand-in worker: a shell script that ends the way `body` says.
    private func fakeWorker(_ body: String, in folder: URL, wallSeconds: Double = 600) throws -> IsolatedParser {
        let url = folder.appendingPathComponent("fake-goalpostd")
        try ("#!/bin/sh\ncat > /dev/null\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return IsolatedParser(executable: url, limits: Self.limits, wallSeconds: wallSeconds)
    }

    @Test(arguments: [
        ("kill -SEGV $$", WorkerDeath.crashed(signal: SIGSEGV)),
        ("kill -XCPU $$", .exceededCPULimit(seconds: 120)),
        ("echo 'Fatal error: failed to allocate 64 bytes of memory with alignment 8' >&2; kill -ABRT $$",
         .exceededMemoryLimit(bytes: 4_294_967_296)),
        ("exit 3", .exitedWithoutAnswer(status: 3)),
        ("echo 'not json'", .undecodableAnswer(reason: "9 bytes that are not a parse response")),
    ])
    func realEndingsReachTheParent(script: String, death: WorkerDeath) throws {
        try withScratchDirectory { folder throws in
            let parser = try fakeWorker(script, in: folder)
            #expect(parser.run(ParseRequest(file: "/dev/null", fileName: "x.txt", sha256: "")) == .died(death))
        }
    }

    @Test func missingExecutableCannotStart() {
        let parser = IsolatedParser(executable: URL(fileURLWithPath: "/nonexistent/goalpostd"), limits: Self.limits, wallSeconds: 10)
        guard case .died(.cannotStart) = parser.run(ParseRequest(file: "/dev/null", fileName: "x.txt", sha256: "")) else {
            Issue.record("expected cannotStart"); return
        }
    }

    @Test func workerStuckWithoutUsingCPUIsKilledAtTheWallClockLimit() throws {
        try withScratchDirectory { folder throws in
            let parser = try fakeWorker("exec sleep 600", in: folder, wallSeconds: 1)
            let request = ParseRequest(file: "/dev/null", fileName: "stuck.txt", sha256: "")
            #expect(parser.run(request) == .died(.timedOut(seconds: 1)))
            #expect(parser.respond(to: request) == .poisoned(reason:
                "Cannot read 'stuck.txt': the worker process reading it was still running after 1 s of wall-clock time and was killed."))
        }
    }
}
