import Foundation
import GoalpostStore

/// A digest job in a worker: opens the history, writes the digests the request asks for, and
/// reports each report it begins and finishes, so the parent can tell which one a death hit.
struct DigestJob {
    let request: DigestRequest
    let limits: WorkerLimits

    /// Does the job, emitting ``DigestWorkerLine``s; ends with `.finished` or `.failed`.
    func run(emit: @escaping @Sendable (DigestWorkerLine) -> Void) {
        do {
            let store = try ReportStore(path: request.database, readonly: true, regionAliases: request.regionAliases)
            var writer = DigestWriter(
                history: RegionHistory(store: store, categoryAliases: request.categoryAliases),
                folder: URL(fileURLWithPath: request.digests))
            writer.skipping = Set(request.skip)
            writer.progress = { [limits] step in
                switch step {
                case .begin(let id):
                    // Each report gets the whole CPU budget, so a long job does not blame its last report.
                    try? limits.renewCPUBudget()
                    emit(.begin(reportId: id))
                case .done(let id):
                    emit(.done(reportId: id))
                }
            }
            try perform(with: writer)
            emit(.finished)
        } catch {
            emit(.failed(reason: "\(error)"))
        }
    }

    private func perform(with writer: DigestWriter) throws {
        switch request.action {
        case .refresh(let id): try writer.refresh(after: id)
        case .writeMissing(let region): try writer.writeMissing(region: region)
        }
    }
}
