import Foundation

/// Memory figures of a process from `/proc/PID/status` (Linux).
package enum ProcessMemory {
    /// Peak resident set size (VmHWM) in KiB of `pid`, or of this process when nil.
    package static func peakKilobytes(pid: Int32?) -> Int? { field("VmHWM:", pid: pid) }

    /// Current resident set size (VmRSS) in KiB.
    package static func residentKilobytes(pid: Int32?) -> Int? { field("VmRSS:", pid: pid) }

    private static func field(_ name: String, pid: Int32?) -> Int? {
        let path = "/proc/\(pid.map(String.init) ?? "self")/status"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return Int(line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }
}
