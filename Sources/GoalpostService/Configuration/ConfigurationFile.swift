/// The keys of `goalpost.yaml` (see Config/goalpost.yaml for each key's meaning and default).
package struct ConfigurationFile: Codable, Sendable, Equatable {
    package var inbox: String?
    package var archive: String?
    package var failed: String?
    package var digests: String?
    package var database: String?
    package var quietPeriod: Double?
    package var reconcileInterval: Double?
    package var poll: Bool?
    package var pollInterval: Double?
    package var maxFileSize: Int?
    package var fileCPULimit: Int?
    package var fileMemoryLimit: Int?
    package var shutdownGrace: Double?
    package var logLevel: String?
    package var regionAliases: [String: String]?
    package var categoryAliases: [String: String]?

    package init() {}
}

/// Values given on the command line; nil means "not given".
package struct ConfigurationFlags: Sendable, Equatable {
    package var home: String?
    package var config: String?
    package var inbox: String?
    package var archive: String?
    package var failed: String?
    package var digests: String?
    package var database: String?
    package var quietPeriod: Double?
    package var reconcileInterval: Double?
    package var poll: Bool?
    package var pollInterval: Double?
    package var maxFileSize: Int?
    package var fileCPULimit: Int?
    package var fileMemoryLimit: Int?
    package var shutdownGrace: Double?
    package var logLevel: String?

    package init() {}
}

/// Why the configuration could not be loaded.
package enum ConfigurationError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case invalid(key: String, value: String, source: String)
    case outOfRange(key: String, value: String, source: String, expected: String)

    package var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "Cannot read the configuration file '\(file)': \(reason)."
        case .invalid(let key, let value, let source):
            return "The configuration value '\(value.messageSafe())' for '\(key)' (from \(source)) is not valid."
        case .outOfRange(let key, let value, let source, let expected):
            return "The configuration value '\(value.messageSafe())' for '\(key)' (from \(source)) is not valid: expected \(expected)."
        }
    }
}
