import Foundation

/// What a digest worker's standard output says about how far it got.
struct DigestProgressLog {
    /// The worker wrote `.finished`.
    private(set) var finished = false
    /// The reason of a `.failed` line, if any.
    private(set) var failure: String?
    /// The report begun and not done when the output ends: the one a death is blamed on.
    private(set) var unfinishedReport: Int64?

    /// Reads the JSON lines of `output`; a line cut off by a death is ignored.
    init(_ output: Data) {
        let decoder = JSONDecoder()
        for line in output.split(separator: UInt8(ascii: "\n")) {
            guard let entry = try? decoder.decode(DigestWorkerLine.self, from: Data(line)) else { continue }
            switch entry {
            case .begin(let id): unfinishedReport = id
            case .done(let id): if unfinishedReport == id { unfinishedReport = nil }
            case .finished: finished = true
            case .failed(let reason): failure = reason
            }
        }
    }
}
