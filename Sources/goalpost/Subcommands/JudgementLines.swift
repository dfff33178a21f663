import GoalpostCore
import GoalpostService

/// How `goalpost corpus --judgements` prints a set of judged rows.
enum JudgementLines {
    static func print(_ rows: [JudgedRow]) {
        for row in rows where !(row.statusAgrees && row.scheduleAgrees) {
            Swift.print(disagreement(row))
        }
        let summary = JudgementSummary(rows)
        confusion(summary).forEach { Swift.print($0) }
        Swift.print("  high-confidence rows \(summary.highConfidence) of \(summary.rows): read \(summary.read), "
            + "decided \(share(summary.decided, summary.highConfidence)), "
            + "agreeing where decided \(share(summary.agreeing, summary.decided)), "
            + "schedule agreeing \(share(summary.scheduleAgreeing, summary.scheduled))")
    }

    private static func disagreement(_ row: JudgedRow) -> String {
        let label = row.label
        let number = row.number.map { "#\($0)" } ?? "(not read)"
        var line = "  \(label.isHighConfidence ? "high" : "low ") \(row.file) \(number) \(label.task.prefix(16))"
        line += "  status \(label.status) got \(row.status ?? "-")"
        if label.schedule != nil || row.schedule != nil {
            line += "  schedule \(label.schedule ?? "-") got \(row.schedule ?? "-")"
        }
        if let evidence = row.assessment?.statusEvidence { line += "  | \(evidence.prefix(90))" }
        return line
    }

    private static func confusion(_ summary: JudgementSummary) -> [String] {
        let columns = OutcomeStatus.allCases.map(\.rawValue) + [JudgementSummary.notRead]
        let width = columns.map(\.count).max() ?? 0
        func cell(_ text: String) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        var lines = ["  label \\ goalpost " + columns.map(cell).joined(separator: " ")]
        for status in OutcomeStatus.allCases.map(\.rawValue) where summary.confusion[status] != nil {
            let counts = columns.map { summary.confusion[status]?[$0].map(String.init) ?? "." }
            lines.append("  " + status.padding(toLength: 16, withPad: " ", startingAt: 0) + " " + counts.map(cell).joined(separator: " "))
        }
        return lines
    }

    private static func share(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "-" }
        return "\(part)/\(whole) (\(Int((Double(part) / Double(whole) * 100).rounded()))%)"
    }
}
