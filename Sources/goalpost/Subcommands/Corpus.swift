import ArgumentParser
import Foundation
import GoalpostService

struct Corpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure reading on a folder of captures with an expected.json.",
        discussion: """
            expected.json maps each file name to {region, year, asOfMonth, rows} (asOfMonth null: the \
            capture states no period, so reading none is right). Each file is read as an ingest reads \
            it, under a neutral name (corpus names spell out the answers), without its first \
            --skip-lines lines when it is text. Prints one line per file (rows read/expected, region, \
            year, month, layout detected, what is wrong) and a summary per set. Where the page does \
            not name the expected region, reading none is right. Writes nothing; exits 0 whatever \
            the figures.

            With --judgements, the folder's labels.json (per file, a list of rows with task, status, \
            schedule and confidence) is compared with goalpost's outcome status and schedule instead: \
            each report gets the region, year and month of expected.json, each labelled row is found \
            by its task text, and the command prints the rows that disagree, the confusion matrix, \
            and for high-confidence rows the share decided (not unclear), the agreement there, and \
            the schedule agreement.

            With --links, the folder's answer-key.json (files by period, true links per compared \
            pair "A->B", optionally the tasks truly dropped while unfinished and the category \
            changes) is compared with goalpost's comparison of each pair, as the daemon makes it \
            without user decisions (files read whole under their own names; --skip-lines and \
            --held-out do not apply): link precision and recall, "dropped while unfinished" precision \
            and recall, possible continuations offered and how many are true links, and the category \
            changes that agree.
            """)

    @Argument(help: "A folder holding expected.json (or answer-key.json for --links) and the files it names.")
    var folder: String

    @Option(name: .customLong("skip-lines"), help: "Lines dropped from the top of each text capture (the saver's header).")
    var skipLines = 3

    @Option(name: .customLong("held-out"), help: "Comma-separated file names reported as a set of their own.")
    var heldOut: String?

    @Flag(help: "Compare outcome status and schedule with labels.json instead of reading figures.")
    var judgements = false

    @Flag(help: "Compare task links, dropped tasks and category changes with answer-key.json instead.")
    var links = false

    func validate() throws {
        if skipLines < 0 { throw ValidationError("--skip-lines must be 0 or more.") }
        if judgements && links { throw ValidationError("--judgements and --links measure different things: give one.") }
    }

    func run() throws {
        let check = CorpusCheck(folder: URL(fileURLWithPath: folder), skippedLines: skipLines)
        let heldOutNames = Set((heldOut ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        if links {
            let results = try CommandFailure.guarding { try LinkCheck(folder: URL(fileURLWithPath: folder)).run() }
            LinkLines.print(results)
            return
        }
        if judgements {
            let rows = try CommandFailure.guarding { try JudgementCheck(corpus: check).run() }
            for (title, members) in Self.sets(rows, heldOut: heldOutNames, file: \.file) {
                print("== \(title): \(Set(members.map(\.file)).count) files, \(members.count) labelled rows")
                JudgementLines.print(members)
            }
            return
        }
        let results = try CommandFailure.guarding { try check.run() }
        for (title, members) in Self.sets(results, heldOut: heldOutNames, file: \.file) {
            print("== \(title) (\(members.count) files)")
            members.forEach { print(CorpusLine.text(of: $0)) }
            print(CorpusLine.summary(of: members))
        }
    }

    /// The tuning and held-out sets (one set, "all", without held-out names), empty sets left out.
    static func sets<T>(_ items: [T], heldOut: Set<String>, file: (T) -> String) -> [(String, [T])] {
        guard !heldOut.isEmpty else { return items.isEmpty ? [] : [("all", items)] }
        return [("tuning", items.filter { !heldOut.contains(file($0)) }),
                ("held-out", items.filter { heldOut.contains(file($0)) })].filter { !$0.1.isEmpty }
    }
}

/// How `goalpost corpus` prints results.
enum CorpusLine {
    static func text(of result: CorpusResult) -> String {
        let expected = result.expected
        let wrong = [("rows", result.rowsRight), ("region", result.regionRight), ("year", result.yearRight),
                     ("month", result.monthRight)].filter { !$0.1 }.map(\.0)
        let rows = "rows \(result.rows.map(String.init) ?? "-")/\(expected.rows)"
        var line = "  \(wrong.isEmpty ? "ok  " : "MISS") \(result.file)  \(rows)"
        guard let evidence = result.evidence else {
            return line + "  [\(wrong.joined(separator: " "))]  " + (result.failure ?? "")
        }
        let region = evidence.region ?? "(none)"
        let wantRegion = result.regionStated ? expected.regionName : "(not named)"
        line += "  region \(region)\(result.regionRight ? "" : " (want \(wantRegion))")"
        line += "  year \(evidence.year.map(String.init) ?? "-")\(result.yearRight ? "" : " (want \(expected.year))")"
        let month = evidence.asOfMonth.map(String.init) ?? "(none)"
        line += "  month \(month)\(result.monthRight ? "" : " (want \(expected.asOfMonth.map(String.init) ?? "none"))")"
        line += "  layout \(result.layout ?? "-")"
        return wrong.isEmpty ? line : line + "  [\(wrong.joined(separator: " "))]"
    }

    static func summary(of results: [CorpusResult]) -> String {
        func count(_ right: (CorpusResult) -> Bool) -> String { "\(results.filter(right).count)/\(results.count)" }
        return "  rows \(count(\.rowsRight)), region \(count(\.regionRight)), year \(count(\.yearRight)), "
            + "month \(count(\.monthRight)), all right \(count(\.allRight))"
    }
}
