/// What few tasks of a report have (罕见词): three-character runs of its text and the subjects of
/// its targets, counted over every task of both reports, for `ContinuationFinder`. A term is rare
/// when at most `mostHolders` tasks of each report hold it.
///
/// Runs are read from the text with punctuation and whitespace dropped and never cross a filler or
/// deed word (`FillerVocabulary`, `DeedVocabulary`), so that they are parts of names; a run holding
/// a digit is left out, since figures change between years while the task stays.
struct RareTerms {
    /// The rare terms an earlier task shares with one later task.
    struct Shared {
        /// The shared rare runs.
        var runKeys: Set<UInt64> = []
        /// The shared rare target subjects, as `subject（unit）`.
        var subjectLabels: Set<String> = []
        /// The shared terms, each weighed by its rarity (see `Owners.partners(of:earlier:)`).
        var weight = 0.0
    }

    // The tasks of each report holding a term, up to one more than a rare term may have.
    private struct Owners<Term: Hashable> {
        private var before: [Term: [Int64]] = [:]
        private var after: [Term: [Int64]] = [:]

        mutating func note(_ term: Term, earlier id: Int64) { Self.note(term, id, in: &before) }

        // True when `term` is rare on both sides and `id` holds it on its side.
        func isRare(_ term: Term, heldBy id: Int64, earlier: Bool) -> Bool {
            let (mine, theirs) = earlier ? (before[term], after[term]) : (after[term], before[term])
            guard let mine, mine.contains(id), mine.count <= RareTerms.mostHolders else { return false }
            return (theirs?.count ?? 0) <= RareTerms.mostHolders
        }
        mutating func note(_ term: Term, later id: Int64) { Self.note(term, id, in: &after) }

        // The later tasks sharing `term` with earlier task `id`, and the weight of the term:
        // 1 when each report has one holder, 1/4 when each has two; none when a report has more.
        func partners(of term: Term, earlier id: Int64) -> (tasks: [Int64], weight: Double) {
            guard let mine = before[term], mine.contains(id), let theirs = after[term],
                mine.count <= RareTerms.mostHolders, theirs.count <= RareTerms.mostHolders
            else { return ([], 0) }
            return (theirs, 1 / Double(mine.count * theirs.count))
        }

        private static func note(_ term: Term, _ id: Int64, in owners: inout [Term: [Int64]]) {
            var holders = owners[term, default: []]
            guard holders.count <= RareTerms.mostHolders, !holders.contains(id) else { return }
            holders.append(id)
            owners[term] = holders
        }
    }

    /// Most tasks of one report that may hold a term for it to be rare.
    static let mostHolders = 2

    private var runs = Owners<UInt64>()
    private var subjects = Owners<String>()
    /// Whether an earlier task's progress text counts with its task text.
    private let readsProgress: Bool

    /// The rare terms of both reports; with `readsProgress`, an earlier task's terms include those
    /// of its progress text (what it left unfinished, 河桥小学改造正在收尾, is often what the later
    /// task names).
    init(before: [DiffTask], after: [DiffTask], readsProgress: Bool = false) {
        self.readsProgress = readsProgress
        for task in before {
            for key in Self.runKeys(earlierText(task)) { runs.note(key, earlier: task.id) }
            for label in Self.subjectLabels(task) { subjects.note(label, earlier: task.id) }
        }
        for task in after {
            for key in Self.runKeys(task.task) { runs.note(key, later: task.id) }
            for label in Self.subjectLabels(task) { subjects.note(label, later: task.id) }
        }
    }

    /// The later tasks that share rare terms with earlier task `task`, with what they share.
    func partners(of task: DiffTask) -> [Int64: Shared] {
        var shared: [Int64: Shared] = [:]
        for key in Self.runKeys(earlierText(task)) {
            let (partners, weight) = runs.partners(of: key, earlier: task.id)
            for partner in partners {
                shared[partner, default: Shared()].runKeys.insert(key)
                shared[partner, default: Shared()].weight += weight
            }
        }
        for label in Self.subjectLabels(task) {
            let (partners, weight) = subjects.partners(of: label, earlier: task.id)
            for partner in partners {
                shared[partner, default: Shared()].subjectLabels.insert(label)
                shared[partner, default: Shared()].weight += weight
            }
        }
        return shared
    }

    /// The text an earlier task's terms are read from.
    func earlierText(_ task: DiffTask) -> String {
        readsProgress ? task.task + "\n" + task.progress : task.task
    }

    /// True when `task` (of the earlier report when `earlier`) holds a rare run: a name of its own.
    func hasName(_ task: DiffTask, earlier: Bool) -> Bool {
        Self.runKeys(earlier ? earlierText(task) : task.task).contains { runs.isRare($0, heldBy: task.id, earlier: earlier) }
    }

    /// The longest stretches common to both texts (punctuation dropped) that hold one of `keys`,
    /// in the order they appear in `earlier`.
    static func stretches(_ earlier: String, _ later: String, around keys: Set<UInt64>) -> [String] {
        let left = Array(form(earlier).unicodeScalars)
        let right = Array(form(later).unicodeScalars)
        guard !left.isEmpty, !right.isEmpty, !keys.isEmpty else { return [] }
        var found: [(start: Int, text: String)] = []
        var previous = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            var current = [Int](repeating: 0, count: right.count + 1)
            for j in 1...right.count where left[i - 1] == right[j - 1] && left[i - 1] != stopScalar {
                current[j] = previous[j - 1] + 1
                let length = current[j]
                let maximal = i == left.count || j == right.count || left[i] != right[j] || left[i] == stopScalar
                guard maximal, length >= 3 else { continue }
                let stretch = Array(left[(i - length)..<i])
                guard trigramKeys(stretch).contains(where: keys.contains) else { continue }
                let text = String(String.UnicodeScalarView(stretch))
                if !found.contains(where: { $0.text == text }) { found.append((i - length, text)) }
            }
            previous = current
        }
        return found.sorted { $0.start < $1.start }.map(\.text)
    }

    // Punctuation dropped, and every filler or deed word replaced by a stop no run may cross.
    private static func form(_ text: String) -> String {
        var form = TextNormalizer.comparable(text)
        for word in stopWords where form.contains(word) {
            form = form.replacingOccurrences(of: word, with: String(stop))
        }
        return form
    }

    private static let stop: Character = "\u{1F}"
    private static let stopScalar: Unicode.Scalar = "\u{1F}"
    private static let stopWords = (FillerVocabulary.words + DeedVocabulary.words).sorted { $0.count > $1.count }

    private static func runKeys(_ text: String) -> Set<UInt64> {
        trigramKeys(Array(form(text).unicodeScalars))
    }

    private static func trigramKeys(_ scalars: [Unicode.Scalar]) -> Set<UInt64> {
        guard scalars.count >= 3 else { return [] }
        var keys = Set<UInt64>()
        for index in 0...(scalars.count - 3) {
            let run = scalars[index..<(index + 3)]
            guard !run.contains(where: { $0.properties.generalCategory == .decimalNumber || $0 == stopScalar }) else { continue }
            keys.insert(UInt64(run[index].value) << 42 | UInt64(run[index + 1].value) << 21 | UInt64(run[index + 2].value))
        }
        return keys
    }

    private static func subjectLabels(_ task: DiffTask) -> Set<String> {
        Set(task.targets.filter { $0.subject.count >= 2 }.map { "\($0.subject)（\($0.unit)）" })
    }
}
