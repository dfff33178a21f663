#if os(Linux)
import Foundation
import GoalpostCore
import Glibc
import Logging

/// The state and loop of an ``InotifyWatcher``'s thread: watch table, quiet-period tracker, event handling.
///
/// Losing and regaining the root is in `InotifyLoop+Root.swift`.
// @unchecked: the object is built and its root watched before the thread starts; from then on
// only that thread touches it (other threads use `wake`, `continuation` and `health`, which are Sendable).
final class InotifyLoop: @unchecked Sendable {
    /// The inotify descriptor.
    let fd: Int32
    /// The watched folder's absolute path (possibly a symbolic link to it).
    let rootPath: String
    private let wake: WakePipe
    /// Where events go.
    let continuation: AsyncStream<WatchEvent>.Continuation
    private let ignored: IgnoredNames
    /// The watcher's logger.
    let logger: Logger
    /// What the watcher tells about itself, written here, read by any thread.
    let health: SharedHealth
    /// Files written in place, waiting for their quiet period.
    var settle: SettleTracker
    /// The folders of the tree, by watch descriptor (the ancestor watched while the root is missing is not here).
    var watches: [Int32: String] = [:]
    /// Whether the root is watched, awaited from an ancestor, or not watched at all.
    var root = RootWatch.unwatched
    /// When to try watching the root again, when no event would tell (watch limit, dangling link).
    var retryAt: ContinuousClock.Instant?

    /// Takes ownership of the inotify descriptor `fd` and of `wake`'s read end.
    init(
        fd: Int32, rootPath: String, wake: WakePipe, continuation: AsyncStream<WatchEvent>.Continuation,
        quietPeriod: Duration, ignored: IgnoredNames, health: SharedHealth = SharedHealth(), logger: Logger
    ) {
        self.fd = fd
        self.rootPath = rootPath
        self.wake = wake
        self.continuation = continuation
        self.ignored = ignored
        self.health = health
        self.logger = logger
        self.settle = SettleTracker(quietPeriod: quietPeriod)
    }

    /// Watches the root and every sub-folder; called once, before the thread starts.
    ///
    /// Throws ``WatchError/cannotOpenFolder(path:reason:)`` when the root is not a directory, and
    /// ``WatchError/systemCall(name:reason:)`` when it is but cannot be watched (e.g. the watch limit).
    func watchRoot() throws(WatchError) {
        // The root may be a symbolic link to the real inbox; folders below it are not followed.
        guard let wd = addWatch(rootPath, followingLink: true) else {
            let code = errno
            guard DirectoryWalker.isDirectory(rootPath) else {
                throw .cannotOpenFolder(path: rootPath, reason: WatchError.describe(errno: code))
            }
            throw .systemCall(name: "inotify_add_watch", reason: WatchError.describe(errno: code))
        }
        root = .watched(wd: wd)
        _ = watchTree(rootPath, rootWatched: true)
    }

    /// Runs until a stop signal or a fatal error, then releases everything and finishes the stream.
    func run(whenDone done: WaiterList) {
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        defer {
            buffer.deallocate()
            close(fd)
            wake.close()
            continuation.finish()
            done.close()
            logger.debug("inotify watcher stopped", metadata: ["watch.root": "\(rootPath)"])
        }
        while true {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wake.readFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, pollTimeout(now: .now))
            if ready < 0 && errno == EINTR { continue }
            guard ready >= 0, fds[0].revents & Int16(POLLERR | POLLNVAL) == 0 else {
                fail("poll failed: \(WatchError.describe(errno: errno))")
                return
            }
            if fds[1].revents != 0 { return }  // the pipe carries only stop requests here
            if fds[0].revents & Int16(POLLIN) != 0 { readEvents(into: buffer) }
            retryIfDue(now: .now)
            for path in settle.due(at: .now) { report(path) }
        }
    }

    // MARK: Reading and dispatching

    private func readEvents(into buffer: UnsafeMutableRawBufferPointer) {
        let count = read(fd, buffer.baseAddress, buffer.count)
        guard count > 0 else { return }
        let now = ContinuousClock.now
        for event in InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count])) {
            handle(event, now: now)
        }
    }

    /// The folders currently watched (for tests and diagnostics).
    var watchedFolders: Set<String> { Set(watches.values) }

    /// Applies one event; internal so tests can inject events the kernel rarely produces (overflow).
    func handle(_ event: InotifyEvent, now: ContinuousClock.Instant) {
        if event.has(InotifyMask.queueOverflow) { return overflowed(now: now) }
        if case .awaited(let wd, let ancestry) = root, event.wd == wd {
            return ancestorEvent(event, ancestry: ancestry, now: now)
        }
        if case .watched(let wd) = root, event.wd == wd, event.name.isEmpty, event.has(InotifyMask.rootGone) {
            return rootLost(now: now)
        }
        if event.has(InotifyMask.ignored) {
            watches[event.wd] = nil
            return
        }
        // A sub-folder deleted or moved away: its parent's IN_DELETE / IN_MOVED_FROM handles it.
        guard let directory = watches[event.wd], !event.name.isEmpty else { return }
        if !event.nameIsExact {
            // A name that is not UTF-8 cannot travel as a path string: the scan reads names as bytes.
            // Once per file written or moved in, not at every write.
            if event.has(InotifyMask.closeWrite | InotifyMask.movedTo | InotifyMask.create) {
                continuation.yield(.rescan(folderPath: directory, reason: .undecodableName))
            }
            return
        }
        let path = directory + "/" + event.name
        if event.has(InotifyMask.isDirectory) {
            folderEvent(event, path: path, now: now)
        } else if !ignored.isIgnored(fileName: event.name) {
            fileEvent(event, path: path, now: now)
        }
    }

    private func fileEvent(_ event: InotifyEvent, path: String, now: ContinuousClock.Instant) {
        if event.has(InotifyMask.closeWrite) {
            settle.record(path, at: now)
        } else if event.has(InotifyMask.modify) {
            settle.touch(path, at: now)
        } else if event.has(InotifyMask.movedTo) {
            // A rename is atomic: the file is complete now, whatever the quiet period says.
            if settle.pendingPaths.contains(path) {
                logger.notice("'\(event.name.messageSafe(limit: 200))' was replaced by a file moved onto its name before it settled; the version written there is lost, the one moved in is read")
            }
            settle.forget(path)
            report(path)
        } else if event.has(InotifyMask.movedFrom | InotifyMask.delete) {
            settle.forget(path)
        } else if event.has(InotifyMask.create), DirectoryWalker.isSymbolicLink(path) {
            // A symbolic link is never written or closed: report it at once (the inbox refuses it).
            report(path)
        }
    }

    private func folderEvent(_ event: InotifyEvent, path: String, now: ContinuousClock.Instant) {
        let name = event.name
        if event.has(InotifyMask.create | InotifyMask.movedTo), !ignored.isIgnored(directoryName: name) {
            let files = watchTree(path, rootWatched: false)
            logger.debug("watching new folder", metadata: ["watch.folder": "\(path)", "files.count": "\(files.count)"])
            if event.has(InotifyMask.movedTo) {
                files.forEach(report)  // moved in as a whole: complete
            } else {
                // Files may still be being written: let them settle like any written file.
                for file in files { settle.record(file, at: now) }
            }
        } else if event.has(InotifyMask.movedFrom) {
            unwatchTree(path)
            settle.forget(under: path)
        } else if event.has(InotifyMask.delete) {
            settle.forget(under: path)
        }
    }

    private func overflowed(now: ContinuousClock.Instant) {
        logger.warning("inotify queue overflowed; requesting a full scan", metadata: ["watch.root": "\(rootPath)"])
        if case .watched(let wd) = root, addWatch(rootPath, followingLink: true) == wd {
            // Folders created during the overflow have no watch yet; adding is idempotent for the others.
            _ = watchTree(rootPath, rootWatched: true)
        } else if case .watched = root {
            rootLost(now: now)  // gone or replaced while events were dropped
        } else {
            reattach(.created, now: now)
        }
        continuation.yield(.rescan(folderPath: rootPath, reason: .overflow))
    }

    // MARK: Watch table

    /// Watches `folder` (unless already done) and its sub-folders, each before listing it, so no
    /// file created meanwhile goes unseen; returns the files found.
    func watchTree(_ folder: String, rootWatched: Bool) -> [String] {
        var files: [String] = []
        var stack = [folder]
        var skipAdd = rootWatched
        while let directory = stack.popLast() {
            if !skipAdd, addWatch(directory) == nil {
                watchFailed(directory)
                continue
            }
            skipAdd = false
            guard let entries = try? DirectoryWalker.entries(of: directory, ignored: ignored) else { continue }
            files += entries.files.map(\.path)
            stack += entries.directories
        }
        return files.sorted()
    }

    /// Watches one folder of the tree and returns its descriptor, or nil with `errno` set.
    func addWatch(_ directory: String, followingLink: Bool = false) -> Int32? {
        let mask = followingLink ? InotifyMask.watched & ~InotifyMask.dontFollow : InotifyMask.watched
        let wd = inotify_add_watch(fd, directory, mask)
        guard wd >= 0 else { return nil }
        watches[wd] = directory
        return wd
    }

    private func watchFailed(_ directory: String) {
        let code = errno
        if code == ENOENT || code == ENOTDIR { return }  // gone again already
        let remedy = code == ENOSPC ? "; raise fs.inotify.max_user_watches" : ""
        logger.warning(
            "Cannot watch folder: \(WatchError.describe(errno: code))\(remedy)",
            metadata: ["watch.folder": "\(directory)"]
        )
        continuation.yield(.rescan(folderPath: directory, reason: .watchFailure))
    }

    /// Removes the watches on `folder` and every folder below it.
    func unwatchTree(_ folder: String) {
        let prefix = folder + "/"
        for (wd, path) in watches where path == folder || path.hasPrefix(prefix) {
            inotify_rm_watch(fd, wd)
            watches[wd] = nil
        }
    }

    // MARK: Output

    /// Reports `path` as a candidate.
    func report(_ path: String) {
        continuation.yield(.candidate(path: path))
    }

    private func fail(_ reason: String) {
        health.set(.notWatching(reason: reason))
        logger.error("File watching failed: \(reason)", metadata: ["watch.root": "\(rootPath)"])
        continuation.yield(.rescan(folderPath: rootPath, reason: .watchFailure))
    }

    /// Milliseconds until the next file settles or retry is due, 0 if one is due, -1 (forever) if none is pending.
    private func pollTimeout(now: ContinuousClock.Instant) -> Int32 {
        guard let deadline = [settle.nextDeadline, retryAt].compactMap({ $0 }).min() else { return -1 }
        let remaining = now.duration(to: deadline)
        guard remaining > .zero else { return 0 }
        return Int32(clamping: remaining.wholeMillisecondsRoundedUp)
    }
}
#endif
