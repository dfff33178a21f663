import Foundation
import GoalpostCore

/// Compares goalpost's outcome status and schedule with a careful reader's labels (`labels.json`)
/// for the captures of a corpus folder, each read as ``CorpusCheck`` reads it.
///
/// Judgement is measured apart from reading: each report gets the region, year and as-of month
/// of `expected.json` (month 12 where the capture states none), and each labelled row is found
/// among the rows read by its task text.
package struct JudgementCheck: Sendable {
    package var corpus: CorpusCheck

    package init(corpus: CorpusCheck) {
        self.corpus = corpus
    }

    /// One result per labelled row, files in name order, rows in label order.
    package func run() throws -> [JudgedRow] {
        let labels = try CorpusLabel.load(from: corpus.folder)
        let expected = try CorpusExpectation.load(from: corpus.folder)
        return labels.sorted { $0.key < $1.key }.flatMap { name, rows in
            judge(name, rows, expected: expected[name])
        }
    }

    private func judge(_ name: String, _ labels: [CorpusLabel], expected: CorpusExpectation?) -> [JudgedRow] {
        let options = ParseOptions(
            fileName: CorpusCheck.neutralName(of: name), region: expected?.regionName ?? "-",
            year: expected?.year ?? 2000, asOfMonth: expected?.asOfMonth ?? 12)
        let tasks = (try? corpus.read(name).table.report(options: options).assessed().tasks) ?? []
        var unused = Set(tasks.indices)
        return labels.enumerated().map { index, label in
            var row = JudgedRow(file: name, label: label)
            if let match = Self.match(label, among: tasks, unused: unused, near: index) {
                unused.remove(match)
                row.number = tasks[match].number
                row.assessment = tasks[match].assessment
            }
            return row
        }
    }

    /// The row read whose task opens like the label's, nearest `index` among equals; nil under `minimumMatch`.
    static func match(_ label: CorpusLabel, among tasks: [ReportTask], unused: Set<Int>, near index: Int) -> Int? {
        let wanted = comparable(label.task)
        guard !wanted.isEmpty else { return nil }
        let scored = unused.map { i -> (index: Int, score: Double) in
            let opening = String(comparable(tasks[i].task).prefix(wanted.count))
            return (i, opening == wanted ? 1 : TextSimilarity.dice(opening, wanted))
        }
        // Best score, then nearest the label's place, then first in the table: the same answer every run.
        let best = scored.filter { $0.score >= minimumMatch }.min {
            ($0.score, -abs($0.index - index), -$0.index) > ($1.score, -abs($1.index - index), -$1.index)
        }
        return best?.index
    }

    /// Least similarity of a row's opening to a label's task for the row to be the labelled one.
    static let minimumMatch = 0.6

    /// Han characters, letters and digits of the simplified text without pinyin annotations.
    static func comparable(_ text: String) -> String {
        String(SimplifiedChinese.simplified(PinyinAnnotation.removed(from: text)).filter { $0.isLetter || $0.isNumber })
    }
}

/// One labelled row and what goalpost judged of it.
package struct JudgedRow: Sendable, Equatable {
    package var file: String
    package var label: CorpusLabel
    /// The 序号 of the row read as the labelled one; nil when no row read matches the label.
    package var number: String?
    /// goalpost's assessment of that row.
    package var assessment: TaskAssessment?

    init(file: String, label: CorpusLabel) {
        self.file = file
        self.label = label
    }

    /// goalpost's status, nil when the row was not read.
    package var status: String? { assessment?.status.rawValue }
    /// goalpost's schedule, nil when the row was not read or got none.
    package var schedule: String? { assessment?.schedule?.rawValue }
    /// True when goalpost decided (read the row and did not say unclear).
    package var decided: Bool { status != nil && status != OutcomeStatus.unclear.rawValue }
    package var statusAgrees: Bool { status == label.status }
    package var scheduleAgrees: Bool { schedule == label.schedule }
}

/// The figures of a judgement check over a set of rows.
package struct JudgementSummary: Sendable, Equatable {
    /// Labelled rows, and those of high confidence.
    package var rows: Int, highConfidence: Int
    /// High-confidence rows read, decided, and decided in agreement with the label.
    package var read: Int, decided: Int, agreeing: Int
    /// High-confidence rows labelled with a schedule, and those where goalpost's schedule agrees.
    package var scheduled: Int, scheduleAgreeing: Int
    /// Counts by label status then goalpost status (`not read` when the row was not read), all rows.
    package var confusion: [String: [String: Int]]

    package init(_ judged: [JudgedRow]) {
        let high = judged.filter(\.label.isHighConfidence)
        rows = judged.count
        highConfidence = high.count
        read = high.filter { $0.status != nil }.count
        decided = high.filter(\.decided).count
        agreeing = high.filter { $0.decided && $0.statusAgrees }.count
        let withSchedule = high.filter { $0.label.schedule != nil }
        scheduled = withSchedule.count
        scheduleAgreeing = withSchedule.filter(\.scheduleAgrees).count
        var confusion: [String: [String: Int]] = [:]
        for row in judged {
            confusion[row.label.status, default: [:]][row.status ?? Self.notRead, default: 0] += 1
        }
        self.confusion = confusion
    }

    /// The column of rows not read in `confusion`.
    package static let notRead = "not read"
}
