/// What asking a worker process gave: its answer, or why it gave none.
package enum WorkerResult<Answer: Sendable>: Sendable {
    case answered(Answer)
    case died(WorkerDeath)
}

extension WorkerResult: Equatable where Answer: Equatable {}
