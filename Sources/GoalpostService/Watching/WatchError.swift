#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a watcher could not be created.
package enum WatchError: Error, Equatable, CustomStringConvertible {
    /// The root is missing or not a readable directory.
    case cannotOpenFolder(path: String, reason: String)
    /// A system call needed by the watcher failed.
    case systemCall(name: String, reason: String)

    /// Builds ``systemCall(name:reason:)`` from the current `errno`.
    static func fromErrno(_ name: String) -> WatchError {
        .systemCall(name: name, reason: WatchError.describe(errno: errno))
    }

    /// The C library's text for an `errno` value.
    static func describe(errno code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// One sentence naming the path or call, why it failed, and the remedy when known.
    package var description: String {
        switch self {
        case .cannotOpenFolder(let path, let reason):
            return "Cannot watch '\(path)': \(reason); create the folder or fix its permissions."
        case .systemCall(let name, let reason):
            return "Cannot watch files: '\(name)' failed: \(reason)."
        }
    }
}
