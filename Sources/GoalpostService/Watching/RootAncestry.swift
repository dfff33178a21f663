/// The way from a missing root folder up to the nearest folder that still exists.
///
/// While the root is missing, inotify watches that ancestor for the next step down to appear
/// (`IN_CREATE` / `IN_MOVED_TO`), one level at a time, until the root itself can be watched again.
struct RootAncestry: Equatable {
    /// The deepest existing directory above the root (symbolic links followed).
    var folder: String
    /// The name of the entry in ``folder`` on the way down to the root.
    var next: String

    /// The full path of ``next``.
    var nextPath: String { folder == "/" ? "/" + next : folder + "/" + next }

    /// The nearest existing directory above the absolute path `root`, or nil when there is none
    /// (only possible for `/` itself).
    static func nearest(above root: String) -> RootAncestry? {
        let steps = root.split(separator: "/").map(String.init)
        for (depth, next) in steps.enumerated().reversed() {
            let folder = "/" + steps.prefix(depth).joined(separator: "/")
            if DirectoryWalker.isDirectory(folder) { return RootAncestry(folder: folder, next: next) }
        }
        return nil
    }
}
