import Foundation

/// Something a ``FolderWatcher`` noticed in the watched tree.
package enum WatchEvent: Sendable, Equatable, CustomStringConvertible {
    /// A regular file that may now be complete: written and quiet, moved in, or stable across two looks.
    ///
    /// The same file can be reported again after it changes; consumers deduplicate by content.
    case candidate(URL)
    /// The watcher may have missed events: scan `folder` (recursively) for files.
    case rescan(folder: URL, reason: RescanReason)

    package var description: String {
        switch self {
        case .candidate(let url): return "candidate '\(url.path)'"
        case .rescan(let folder, let reason): return "rescan '\(folder.path)' (\(reason))"
        }
    }
}

/// Why a ``WatchEvent/rescan(folder:reason:)`` was requested.
package enum RescanReason: String, Sendable, Equatable {
    /// The kernel's event queue overflowed; events were dropped.
    case overflow
    /// A sub-folder appeared whose existing files the watcher did not list itself.
    case newFolder
    /// A watch could not be added or the watched root went away; events may be missing.
    case watchFailure
}
