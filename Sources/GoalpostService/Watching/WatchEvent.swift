import Foundation

/// Something a ``FolderWatcher`` noticed in the watched tree.
package enum WatchEvent: Sendable, Equatable, CustomStringConvertible {
    /// A regular file that may now be complete: written and quiet, moved in, or stable across two looks.
    ///
    /// The same file can be reported again after it changes; consumers deduplicate by content.
    case candidate(URL)
    /// The watcher may have missed events: scan `folder` (recursively) for files.
    case rescan(folder: URL, reason: RescanReason)

    /// A candidate for a file path; the URL is built without touching the disk.
    static func candidate(path: String) -> WatchEvent {
        .candidate(URL(fileURLWithPath: path, isDirectory: false))
    }

    /// A rescan of a folder path; folder URLs always end in a slash, so they compare equal to ``FolderWatcher/root``.
    static func rescan(folderPath: String, reason: RescanReason) -> WatchEvent {
        .rescan(folder: URL(fileURLWithPath: folderPath, isDirectory: true), reason: reason)
    }

    /// The event for logs: its kind and path.
    package var description: String {
        switch self {
        case .candidate(let url): return "candidate '\(url.path)'"
        case .rescan(let folder, let reason): return "rescan '\(folder.path)' (\(reason))"
        }
    }
}

/// Why a ``WatchEvent/rescan(folder:reason:)`` was requested.
///
/// New sub-folders need no rescan: the watchers list them themselves (after the watch is in place)
/// and report their files as candidates.
package enum RescanReason: String, Sendable, Equatable {
    /// The kernel's event queue overflowed; events were dropped.
    case overflow
    /// A watch could not be added or the watched root went away; events may be missing.
    case watchFailure
    /// An entry's name is not valid UTF-8, so only a scan (which reads names as bytes) can take it.
    case undecodableName
    /// The watched root came back and is watched again; its files are reported as well, the scan
    /// takes anything that arrived while it was not watched (and refreshes the consumer's status).
    case rootRestored
}
