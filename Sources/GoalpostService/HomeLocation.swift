import Foundation

/// Where goalpost keeps its files: `--home`, else `GOALPOST_HOME`, else `$XDG_DATA_HOME/goalpost`.
package struct HomeLocation: Sendable, Equatable {
    /// The home folder.
    package var root: URL
    /// Where the home came from: "flag", "environment" or "default".
    package var source: String

    /// Resolves the home from a flag value and the process environment.
    package static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> HomeLocation {
        if let flag, !flag.isEmpty { return HomeLocation(root: absolute(flag), source: "flag") }
        if let home = environment["GOALPOST_HOME"], !home.isEmpty {
            return HomeLocation(root: absolute(home), source: "environment")
        }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return HomeLocation(root: absolute(dataHome).appendingPathComponent("goalpost"), source: "default")
    }

    private static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL
    }
}
