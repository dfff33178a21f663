/// Why a worker could not be started or could not take its job.
package enum WorkerError: Error, Equatable, CustomStringConvertible {
    /// setrlimit refused a limit.
    case cannotLimit(resource: String, errno: Int32)
    /// The job on standard input is not valid JSON for a ``WorkerInput``.
    case unreadableJob(reason: String)

    package var description: String {
        switch self {
        case .cannotLimit(let resource, let errno):
            return "Cannot set the worker's \(resource) limit: setrlimit failed with errno \(errno)."
        case .unreadableJob(let reason):
            return "Cannot read the worker's job from standard input: \(reason)."
        }
    }
}
