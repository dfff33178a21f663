import GoalpostService

/// How `goalpost corpus --links` prints the comparison of each pair with the answer key.
enum LinkLines {
    static func print(_ results: [LinkPairResult]) {
        for result in results { lines(result).forEach { Swift.print($0) } }
        guard results.count > 1 else { return }
        let right = results.map(\.rightLinks).reduce(0, +)
        let made = results.map(\.links.count).reduce(0, +)
        let truth = results.map(\.trueLinks.count).reduce(0, +)
        Swift.print("== all pairs: links precision \(ratio(right, made)) recall \(ratio(right, truth))")
    }

    private static func lines(_ result: LinkPairResult) -> [String] {
        let falseLinks = result.links.subtracting(result.trueLinks).sorted().map(\.text)
        let missed = result.trueLinks.subtracting(result.links).sorted().map(\.text)
        var lines = ["== \(result.pair): links precision \(ratio(result.rightLinks, result.links.count)) "
            + "recall \(ratio(result.rightLinks, result.trueLinks.count)) "
            + "(\(result.rightLinks) right of \(result.links.count) made, \(result.trueLinks.count) true)"]
        if !falseLinks.isEmpty { lines.append("  false links: " + falseLinks.joined(separator: " ")) }
        if !missed.isEmpty { lines.append("  missed links: " + missed.joined(separator: " ")) }
        lines += dropped(result)
        let offered = result.possibleContinuations.sorted()
        lines.append("  possible continuations: \(offered.count) offered, \(result.rightContinuations) true links"
            + (offered.isEmpty ? "" : " (" + offered.map { "\($0.text)\(result.trueLinks.contains($0) ? "" : "✗")" }.joined(separator: " ") + ")"))
        if !result.categories.isEmpty {
            let agreeing = result.categories.filter(\.agrees).count
            lines.append("  categories: \(agreeing) of \(result.categories.count) changes agree")
            for entry in result.categories where !entry.agrees {
                lines.append("    key \(entry.truth.before.joined(separator: "+")) → \(entry.truth.after.joined(separator: "+")): "
                    + "\(entry.truth.change); goalpost \(entry.said)")
            }
        }
        return lines
    }

    private static func dropped(_ result: LinkPairResult) -> [String] {
        let said = sortedNumbers(result.droppedUnfinished)
        guard let truth = result.trueDroppedUnfinished else {
            return ["  dropped while unfinished: \(said.count) said (the key gives no truth): " + said.joined(separator: " ")]
        }
        let right = result.droppedUnfinished.intersection(truth).count
        var lines = ["  dropped while unfinished: precision \(ratio(right, said.count)) recall \(ratio(right, truth.count)) "
            + "(\(right) right of \(said.count) said, \(truth.count) true)"]
        let wrong = sortedNumbers(result.droppedUnfinished.subtracting(truth))
        let missed = sortedNumbers(truth.subtracting(result.droppedUnfinished))
        if !wrong.isEmpty { lines.append("    said wrongly: " + wrong.joined(separator: " ")) }
        if !missed.isEmpty { lines.append("    missed: " + missed.joined(separator: " ")) }
        return lines
    }

    private static func sortedNumbers(_ numbers: Set<String>) -> [String] {
        numbers.sorted { (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1) }
    }

    private static func ratio(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.3f", Double(part) / Double(whole))
    }
}
