import Foundation

/// What a run tried and found: inputs and outcomes per label, the slowest input, peak memory, findings.
package struct RunTally {
    /// Tries per label (`docx/xml`, `history/forget`) and outcome (`ok`, `ReadError.malformedXML`).
    package private(set) var outcomes: [String: [String: Int]] = [:]
    /// Iterations finished per kind, and their total time.
    package private(set) var iterations: [FuzzKind: (count: Int, micros: UInt64)] = [:]
    /// The slowest iteration: microseconds, kind, iteration.
    package private(set) var slowest: (micros: UInt64, kind: FuzzKind, iteration: Int)?
    /// The input that raised a worker's peak memory most: KiB added, kind, iteration.
    package private(set) var hungriest: (kilobytes: Int, kind: FuzzKind, iteration: Int)?
    /// Highest worker VmHWM, KiB.
    package var peakKilobytes = 0
    /// Findings with a new signature, in the order found.
    package private(set) var findings: [Finding] = []
    /// How often each signature was hit.
    package private(set) var hits: [String: Int] = [:]

    package init() {}

    mutating func record(label: String, outcome: String) {
        outcomes[label, default: [:]][outcome, default: 0] += 1
    }

    mutating func finish(_ kind: FuzzKind, iteration: Int, micros: UInt64) {
        let old = iterations[kind] ?? (0, 0)
        iterations[kind] = (old.count + 1, old.micros + micros)
        if micros > (slowest?.micros ?? 0) { slowest = (micros, kind, iteration) }
    }

    mutating func noteGrowth(_ kilobytes: Int, _ kind: FuzzKind, iteration: Int) {
        if kilobytes > (hungriest?.kilobytes ?? 0) { hungriest = (kilobytes, kind, iteration) }
    }

    /// Records `finding`; true when its signature is new (the input is worth saving).
    mutating func add(_ finding: Finding) -> Bool {
        hits[finding.signature, default: 0] += 1
        guard hits[finding.signature] == 1 else { return false }
        var finding = finding
        finding.key = finding.signature
        findings.append(finding)
        return true
    }

    /// Replaces the last finding (once its input is saved).
    mutating func updateLast(_ finding: Finding) {
        guard !findings.isEmpty else { return }
        var finding = finding
        finding.key = findings[findings.count - 1].key
        findings[findings.count - 1] = finding
    }

    /// The number of findings including repeats.
    package var findingCount: Int { hits.values.reduce(0, +) }

    /// The report printed at the end of a run.
    package func summary(seconds: Double) -> String {
        var lines = ["kind      inputs   avg ms   findings (distinct: traps, hangs, memory)"]
        for kind in FuzzKind.allCases {
            guard let (count, micros) = iterations[kind] else { continue }
            let average = Double(micros) / Double(max(count, 1)) / 1000
            let mine = findings.filter { $0.kind == kind }
            let total = mine.reduce(0) { $0 + (hits[$1.key] ?? 1) }
            let split = [mine.filter { if case .trap = $0.problem { true } else if case .exit = $0.problem { true } else { false } }.count,
                         mine.filter { if case .hang = $0.problem { true } else { false } }.count,
                         mine.filter { if case .memory = $0.problem { true } else { false } }.count]
            lines.append(pad(kind.rawValue, 10) + pad("\(count)", 9) + pad(String(format: "%.1f", average), 9)
                + "\(total) (\(mine.count): \(split.map(String.init).joined(separator: ", ")))")
            for label in outcomes.keys.sorted() where label == kind.rawValue || label.hasPrefix(kind.rawValue + "/") || label == "replay/\(kind.rawValue)" {
                let parts = (outcomes[label] ?? [:]).sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
                lines.append("  " + pad(label, 26) + parts.joined(separator: ", "))
            }
        }
        if let slowest {
            lines.append("slowest: \(slowest.kind.rawValue) iteration \(slowest.iteration), " + String(format: "%.2f s", Double(slowest.micros) / 1e6))
        }
        if let hungriest {
            lines.append("most memory: \(hungriest.kind.rawValue) iteration \(hungriest.iteration) raised the peak by \(hungriest.kilobytes / 1024) MB")
        }
        lines.append("peak worker memory (VmHWM): \(peakKilobytes / 1024) MB; \(String(format: "%.0f", seconds)) s")
        lines.append("findings: \(findingCount) (\(findings.count) distinct)")
        for finding in findings {
            lines.append("  \(finding.problem.summary)  \(finding.kind.rawValue) iteration \(finding.iteration) ×\(hits[finding.key] ?? 1)")
            if !finding.message.isEmpty { lines.append("    message: \(finding.message)") }
            if !finding.frame.isEmpty { lines.append("    where:   \(finding.frame)") }
            if !finding.input.isEmpty { lines.append("    input:   \(finding.input)") }
            if !finding.replay.isEmpty { lines.append("    replay:  \(finding.replay)") }
        }
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
