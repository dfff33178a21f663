import Foundation
import Logging

/// Creates the watcher that suits `root`: inotify on local Linux file systems, else polling.
///
/// Polling is chosen when `forcePolling` is set (`--poll`), when the folder is on a network or FUSE
/// file system (``FileSystemKind``), or when inotify cannot be set up (not Linux, descriptor or
/// instance limits). The choice is logged at `info`, a fallback from a failed inotify at `warning`.
/// - Throws: ``WatchError`` when `root` cannot be read at all.
package func makeFolderWatcher(
    root: URL,
    forcePolling: Bool = false,
    quietPeriod: Duration = .milliseconds(300),
    pollInterval: Duration = .seconds(2),
    ignored: IgnoredNames = .default,
    logger: Logger
) throws(WatchError) -> any FolderWatcher {
    let path = InotifyWatcher.normalized(root)
    let kind = FileSystemKind.detect(path: path)
    var metadata: Logger.Metadata = ["watch.root": "\(path)", "watch.filesystem": "\(kind)"]
    var reason = forcePolling ? "polling forced" : "file system sends no events"
    var level = Logger.Level.info
    #if os(Linux)
    if !forcePolling && kind.sendsEvents {
        do {
            let watcher = try InotifyWatcher(root: root, quietPeriod: quietPeriod, ignored: ignored, logger: logger)
            metadata["watch.quiet_ms"] = "\(quietPeriod.wholeMillisecondsRoundedUp)"
            logger.info("watching with inotify", metadata: metadata)
            return watcher
        } catch let error where error.isMissingFolder {
            throw error
        } catch {
            reason = "inotify unavailable: \(error)"
            level = .warning
        }
    }
    #else
    reason = forcePolling ? reason : "inotify needs Linux"
    #endif
    let watcher = try PollingWatcher(root: root, interval: pollInterval, ignored: ignored, logger: logger)
    metadata["watch.reason"] = "\(reason)"
    metadata["watch.interval_ms"] = "\(pollInterval.wholeMillisecondsRoundedUp)"
    logger.log(level: level, "watching by polling", metadata: metadata)
    return watcher
}

extension WatchError {
    /// Whether the error is about the folder itself rather than about inotify.
    var isMissingFolder: Bool {
        if case .cannotOpenFolder = self { return true }
        return false
    }
}
