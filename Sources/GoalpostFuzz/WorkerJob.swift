import Foundation

/// What a worker process runs: generated iterations of a seeded run, or saved inputs to replay.
package enum WorkerJob: Sendable {
    /// Iterations `range` of the run seeded `seed`, kind `kinds[iteration % kinds.count]`.
    case generated(kinds: [FuzzKind], seed: UInt64, range: Range<Int>)
    /// Saved inputs; iteration `i` is `files[i]`.
    case replay(files: [String])

    /// The kind iteration `iteration` fuzzes.
    package func kind(of iteration: Int) -> FuzzKind {
        switch self {
        case .generated(let kinds, _, _): return kinds[iteration % kinds.count]
        case .replay(let files): return FuzzKind.of(fileName: URL(fileURLWithPath: files[iteration]).lastPathComponent) ?? .text
        }
    }

    /// The worker's command-line arguments after `worker`.
    package var arguments: [String] {
        switch self {
        case .generated(let kinds, let seed, let range):
            return ["--kinds", kinds.map(\.rawValue).joined(separator: ","), "--seed", "\(seed)", "--start", "\(range.lowerBound)", "--end", "\(range.upperBound)"]
        case .replay(let files): return ["--replay"] + files
        }
    }

    /// This job from the next iteration on.
    package func resumed(at iteration: Int) -> WorkerJob {
        switch self {
        case .generated(let kinds, let seed, let range): return .generated(kinds: kinds, seed: seed, range: iteration..<range.upperBound)
        case .replay: return self
        }
    }

    /// The iterations this job covers.
    package var range: Range<Int> {
        switch self {
        case .generated(_, _, let range): return range
        case .replay(let files): return 0..<files.count
        }
    }
}
