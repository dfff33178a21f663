#if os(Linux)
import Glibc
import Logging

/// Where an ``InotifyLoop`` stands with its root folder.
enum RootWatch: Equatable {
    /// The root is watched under `wd`.
    case watched(wd: Int32)
    /// The root is missing or not a folder; its nearest existing ancestor is watched under `wd`.
    case awaited(wd: Int32, ancestry: RootAncestry)
    /// Nothing is watched: before the first watch, or inotify refused one (the loop's `retryAt` is set).
    case unwatched
}

/// How the root came back, which decides how the files already in it are reported.
enum RootArrival {
    /// Created in place (or found back without knowing how): its files may still be being written,
    /// so they wait for the quiet period like any file written in place.
    case created
    /// Renamed into place as a whole: its files are complete and reported at once.
    case movedIn
}

extension InotifyLoop {
    /// How long to wait before trying again when no event will say that the root can be watched.
    static let retryInterval: Duration = .seconds(5)

    /// The root's watch reported it deleted, moved away, unmounted or removed: drops the tree's
    /// watches (their paths are stale after a move) and watches the root again, or waits for it.
    func rootLost(now: ContinuousClock.Instant) {
        unwatchTree(rootPath)
        settle.forget(under: rootPath)
        root = .unwatched
        reattach(.created, now: now)
    }

    /// Watches the root if it is a folder now, else its nearest existing ancestor for the next step down.
    ///
    /// The ancestor is watched before the step is looked at, so a step created meanwhile is either
    /// seen here (and the next pass goes down a level) or reported by an event.
    func reattach(_ arrival: RootArrival, now: ContinuousClock.Instant) {
        let levels = rootPath.split(separator: "/").count
        for _ in 0...levels {
            if let wd = addWatch(rootPath, followingLink: true) { return rootReturned(wd, arrival, now: now) }
            let code = errno
            guard code == ENOENT || code == ENOTDIR || code == ELOOP else { return cannotWatch(code, now: now) }
            guard let ancestry = RootAncestry.nearest(above: rootPath) else { return cannotWatch(code, now: now) }
            guard let wd = watchAncestor(ancestry.folder) else {
                // The ancestor went between finding and watching it (a tree being removed): look again.
                let failure = errno
                if failure == ENOENT || failure == ENOTDIR { continue }
                return cannotWatch(failure, now: now)
            }
            root = .awaited(wd: wd, ancestry: ancestry)
            if !DirectoryWalker.isDirectory(ancestry.nextPath) { return rootMissing(ancestry, now: now) }
        }
        // The tree kept changing under every look: try again shortly.
        retryAt = now + Self.retryInterval
    }

    /// An event on the ancestor watched while the root is missing.
    func ancestorEvent(_ event: InotifyEvent, ancestry: RootAncestry, now: ContinuousClock.Instant) {
        if event.name.isEmpty {
            // The ancestor itself went away: look further up.
            if event.has(InotifyMask.rootGone) { reattach(.created, now: now) }
        } else if event.name == ancestry.next, event.has(InotifyMask.create | InotifyMask.movedTo) {
            reattach(event.has(InotifyMask.movedTo) ? .movedIn : .created, now: now)
        }
    }

    /// Tries to watch the root again once `retryAt` has passed.
    func retryIfDue(now: ContinuousClock.Instant) {
        guard let due = retryAt, due <= now else { return }
        retryAt = nil
        if case .watched = root { return }
        reattach(.created, now: now)
    }

    private func rootReturned(_ wd: Int32, _ arrival: RootArrival, now: ContinuousClock.Instant) {
        if case .awaited(let ancestorWD, _) = root, ancestorWD != wd { inotify_rm_watch(fd, ancestorWD) }
        root = .watched(wd: wd)
        retryAt = nil
        let files = watchTree(rootPath, rootWatched: true)
        switch arrival {
        case .movedIn: files.forEach(report)
        case .created: for file in files { settle.record(file, at: now) }
        }
        let message: Logger.Message = if case .notWatching = health.set(.watching) {
            "watching the inbox again"
        } else {
            "inbox re-created; watching it again"
        }
        logger.info(message, metadata: ["watch.root": "\(rootPath)", "files.count": "\(files.count)"])
        continuation.yield(.rescan(folderPath: rootPath, reason: .rootRestored))
    }

    private func rootMissing(_ ancestry: RootAncestry, now: ContinuousClock.Instant) {
        // A dangling symbolic link: the creation of its target sends no event to the ancestor.
        if DirectoryWalker.isSymbolicLink(ancestry.nextPath) { retryAt = now + Self.retryInterval }
        guard health.set(.rootMissing) != .rootMissing else { return }
        logger.warning("inbox missing; waiting for it to be re-created", metadata: [
            "watch.root": "\(rootPath)", "watch.ancestor": "\(ancestry.folder)",
        ])
        continuation.yield(.rescan(folderPath: rootPath, reason: .watchFailure))
    }

    private func cannotWatch(_ code: Int32, now: ContinuousClock.Instant) {
        if case .awaited(let ancestorWD, _) = root { inotify_rm_watch(fd, ancestorWD) }
        root = .unwatched
        retryAt = now + Self.retryInterval
        let remedy = code == ENOSPC ? "; raise fs.inotify.max_user_watches" : ""
        let reason = WatchError.describe(errno: code) + remedy
        if case .notWatching = health.set(.notWatching(reason: reason)) { return }
        logger.warning(
            "Cannot watch the inbox: \(reason); trying again every \(Self.retryInterval.components.seconds) s, meanwhile only scans find files",
            metadata: ["watch.root": "\(rootPath)"]
        )
        continuation.yield(.rescan(folderPath: rootPath, reason: .watchFailure))
    }

    /// Watches `folder` for the next step down; replaces the previous ancestor watch, if another.
    private func watchAncestor(_ folder: String) -> Int32? {
        let wd = inotify_add_watch(fd, folder, InotifyMask.ancestorWatched)
        guard wd >= 0 else { return nil }
        if case .awaited(let previous, _) = root, previous != wd { inotify_rm_watch(fd, previous) }
        return wd
    }
}
#endif
