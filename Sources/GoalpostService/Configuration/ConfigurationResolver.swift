import Foundation

/// Picks each key's value by precedence and records where it came from.
struct Resolver {
    let environment: [String: String]
    let file: ConfigurationFile
    let home: URL
    var sources: [String: String] = [:]

    init(environment: [String: String], file: ConfigurationFile, home: URL) {
        self.environment = environment
        self.file = file
        self.home = home
    }

    private mutating func pick(_ key: String, flag: String?, file: String?) -> String? {
        if let flag { sources[key] = "flag"; return flag }
        if let name = ConfigurationLoader.environmentNames[key], let value = environment[name], !value.isEmpty {
            sources[key] = "environment"; return value
        }
        if let file { sources[key] = "file"; return file }
        sources[key] = "default"
        return nil
    }

    /// A path; relative values resolve against the home folder.
    mutating func path(_ key: String, _ flag: String?, _ fileValue: String?, default fallback: String) -> URL {
        let value = (pick(key, flag: flag, file: fileValue) ?? fallback) as NSString
        let expanded = value.expandingTildeInPath
        let url = expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : home.appendingPathComponent(expanded)
        return url.standardizedFileURL
    }

    /// A finite number of seconds within `range` (``SettingRanges``).
    mutating func seconds(
        _ key: String, _ flag: Double?, _ fileValue: Double?, default fallback: Double, range: ClosedRange<Double>
    ) throws -> Double {
        guard let text = pick(key, flag: flag.map { "\($0)" }, file: fileValue.map { "\($0)" }) else { return fallback }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, range.contains(value) else {
            throw ConfigurationError.outOfRange(
                key: key, value: text, source: sources[key] ?? "", expected: "a number of seconds from \(range.lowerBound) to \(range.upperBound)"
            )
        }
        return value
    }

    /// A whole number within `range`, written as digits (no exponent, no fraction).
    mutating func count(_ key: String, _ flag: Int?, _ fileValue: Int?, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = pick(key, flag: flag.map { "\($0)" }, file: fileValue.map { "\($0)" }) else { return fallback }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw ConfigurationError.outOfRange(
                key: key, value: text, source: sources[key] ?? "", expected: "a whole number from \(range.lowerBound) to \(range.upperBound)"
            )
        }
        return value
    }

    /// A boolean: true/false, yes/no, 1/0.
    mutating func flag(_ key: String, _ flag: Bool?, _ fileValue: Bool?, default fallback: Bool) throws -> Bool {
        guard let text = pick(key, flag: flag.map { "\($0)" }, file: fileValue.map { "\($0)" }) else { return fallback }
        switch text.lowercased() {
        case "true", "yes", "1", "on": return true
        case "false", "no", "0", "off": return false
        default: throw ConfigurationError.invalid(key: key, value: text, source: sources[key] ?? "")
        }
    }

    static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    mutating func logLevel(_ flag: String?, _ fileValue: String?) throws -> String {
        let value = (pick("logLevel", flag: flag, file: fileValue) ?? "info").lowercased()
        guard Self.logLevels.contains(value) else {
            throw ConfigurationError.invalid(key: "logLevel", value: value, source: sources["logLevel"] ?? "")
        }
        return value
    }
}
