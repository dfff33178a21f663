import Foundation

/// A temporary home for one process a test starts, so no test reads or writes the user's home.
///
/// The child's `HOME`, `XDG_DATA_HOME`, `XDG_CONFIG_HOME`, `XDG_CACHE_HOME`, `XDG_STATE_HOME` and
/// `GOALPOST_HOME` point inside the sandbox, and no `GOALPOST_*` variable of the user's environment
/// (`GOALPOST_CONFIG`, `GOALPOST_DB`, …) reaches it: a command run without `--home`, or with
/// `--db` only, writes any home files into the sandbox, never into `~/.local/share/goalpost`.
struct ProcessSandbox {
    /// The folder holding everything; ``remove()`` deletes it.
    let root: URL

    /// The child's `HOME`.
    var home: URL { root.appendingPathComponent("home") }

    /// Creates an empty sandbox under the temporary directory (`TMPDIR`).
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("goalpost-sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// The test process's environment without `GOALPOST_*`, pointed at the sandbox, then `overrides`.
    func environment(_ overrides: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GOALPOST_") }
        let home = home.path
        environment["HOME"] = home
        environment["XDG_DATA_HOME"] = home + "/.local/share"
        environment["XDG_CONFIG_HOME"] = home + "/.config"
        environment["XDG_CACHE_HOME"] = home + "/.cache"
        environment["XDG_STATE_HOME"] = home + "/.local/state"
        environment["GOALPOST_HOME"] = home + "/.local/share/goalpost"
        environment.merge(overrides) { $1 }
        return environment
    }

    /// Deletes the sandbox and everything the child left in it.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
