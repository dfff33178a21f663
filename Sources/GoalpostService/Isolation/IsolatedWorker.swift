import Foundation
import GoalpostLinux

/// The child side of isolation (`goalpostd --worker`): reads one ``WorkerInput`` from standard
/// input, limits itself, does the job and writes its answer as JSON on standard output.
///
/// It needs no configuration and no home: the job carries every path and setting it uses.
package enum IsolatedWorker {
    /// Runs the one job and returns the exit status: 0 once the answer is written, 2 when the job
    /// cannot be read, 3 when the limits cannot be applied, 4 when the daemon is gone.
    package static func run() -> Int32 {
        guard dieWithParent() else { return 4 }
        let input: WorkerInput
        do {
            input = try readInput()
        } catch {
            complain("\(error)")
            return 2
        }
        do {
            try input.limits.apply(renewable: input.job.isDigests)
        } catch {
            complain("\(error)")
            return 3
        }
        switch input.job {
        case .parse(let request):
            emit(ReportParsing.respond(to: request))
        case .digests(let request):
            DigestJob(request: request, limits: input.limits).run(emit: { emit($0) })
        }
        return 0
    }

    /// Exit statuses that say the worker never got to the file: its job unreadable (2), its limits
    /// not applied (3), its daemon gone (4).
    package static let environmentFaults: Set<Int32> = [2, 3, 4]

    /// The variable in which the daemon passes its pid to its workers.
    static let parentVariable = "GOALPOST_WORKER_PARENT"

    /// Arranges to be killed when the daemon dies (a killed daemon leaves no worker running on a
    /// file it will take again at its restart); false when the daemon is gone already.
    private static func dieWithParent() -> Bool {
        _ = goalpost_die_with_parent()
        _ = goalpost_reset_worker_signals()
        guard let parent = ProcessInfo.processInfo.environment[parentVariable].flatMap({ Int32($0) }) else { return true }
        if getppid() == parent { return true }
        complain("the daemon that started this worker (pid \(parent)) is gone")
        return false
    }

    private static func readInput() throws -> WorkerInput {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        do {
            return try JSONDecoder().decode(WorkerInput.self, from: data)
        } catch {
            throw WorkerError.unreadableJob(reason: "\(error)")
        }
    }

    /// Writes `value` as one JSON line on standard output, unbuffered, so a parent sees it even if the worker dies next.
    static func emit<Value: Encodable>(_ value: Value) {
        guard var line = try? JSONEncoder().encode(value) else { return complain("cannot encode the answer") }
        line.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(line)
    }

    private static func complain(_ message: String) {
        FileHandle.standardError.write(Data("goalpostd --worker: \(message)\n".utf8))
    }
}

extension WorkerJob {
    /// True for a digest job, whose reports each get their own CPU-time budget.
    var isDigests: Bool {
        if case .digests = self { return true }
        return false
    }
}
