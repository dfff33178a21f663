/// Decides, look after look, which files the polling watcher reports.
///
/// Pure state: a file is reported once its signature (size and mtime) is the same in two
/// consecutive looks, and again only after it changes and settles again. Files present at the
/// ``baseline(_:)`` count as already reported.
package struct StabilityTracker: Sendable {
    private var lastLook: [String: FileSignature] = [:]
    private var reported: [String: FileSignature] = [:]

    /// Creates an empty tracker.
    package init() {}

    /// Takes the first look: every file in it counts as seen and reported.
    package mutating func baseline(_ look: [String: FileSignature]) {
        lastLook = look
        reported = look
    }

    /// Takes another look and returns the paths that became stable and were not yet reported, sorted.
    package mutating func observe(_ look: [String: FileSignature]) -> [String] {
        var stable: [String] = []
        for (path, signature) in look where lastLook[path] == signature && reported[path] != signature {
            reported[path] = signature
            stable.append(path)
        }
        lastLook = look
        // A file that disappears and comes back is new again.
        reported = reported.filter { look[$0.key] != nil }
        return stable.sorted()
    }
}
