/// A task that names several things to deliver (确保青云科技二期、华盛电子项目建成投产) is met only when
/// the account shows each of them delivered.
///
/// The items are the names joined by 、/和/及/与 just before the task's delivery verbs; the verb
/// that counts is the last of the run (建成投产 asks for 投产). The account must name every item;
/// each item's stretch of it (from its name to the next item's) shows delivery when it holds a
/// word that shows that verb (`StatusVocabulary.deliverables`) not negated just before.
enum DeliverableItems {
    /// The items the account does not show delivered, when the task names two or more, the
    /// account names each and shows at least one delivered; nil when the rule does not apply.
    static func undelivered(task: String, progress: String) -> [String]? {
        guard let (items, shownBy) = itemsAndProof(in: task), items.count >= 2 else { return nil }
        let found = items.compactMap { item in progress.range(of: item).map { (item, $0.lowerBound) } }
        guard found.count == items.count else { return nil }
        let ordered = found.sorted { $0.1 < $1.1 }
        var missing: [String] = []
        for (index, (item, start)) in ordered.enumerated() {
            let end = index + 1 < ordered.count ? ordered[index + 1].1 : progress.endIndex
            guard start < end else { return nil }
            if !shows(String(progress[start..<end]), shownBy) { missing.append(item) }
        }
        return missing.count < items.count ? missing : nil
    }

    private static let joiners: Set<Character> = ["、", "和", "及", "与"]
    private static let leadWords = ["确保", "力争", "推动", "推进", "加快", "实现", "全力", "争取", "完成"]
    private static let trailingWords = ["项目", "工程"]
    private static let negations = ["未", "尚未", "待", "未能"]

    // The names before the first run of delivery verbs in a clause of the task, and the words that
    // show the run's last verb delivered.
    private static func itemsAndProof(in task: String) -> ([String], [String])? {
        for clause in QualitativeJudge.clauses(of: task) {
            guard let (verbStart, proof) = verbRun(in: clause) else { continue }
            var head = String(clause[..<verbStart])
            for word in leadWords where head.hasPrefix(word) { head.removeFirst(word.count) }
            let items = head.split(whereSeparator: { joiners.contains($0) }).map { part -> String in
                var name = part.trimmingCharacters(in: .whitespaces)
                for word in trailingWords where name.hasSuffix(word) && name.count > word.count + 1 {
                    name.removeLast(word.count)
                }
                return name
            }
            guard items.count >= 2, items.allSatisfy({ $0.count >= 2 }) else { return nil }
            return (items, proof)
        }
        return nil
    }

    // Where the first delivery verb of `clause` starts, and the proof words of the last verb of its run.
    private static func verbRun(in clause: String) -> (String.Index, [String])? {
        let verbs = StatusVocabulary.deliverables
        var first: (index: String.Index, proof: [String])?
        for (verb, shownBy) in verbs {
            guard let range = clause.range(of: verb), range.lowerBound > clause.startIndex else { continue }
            if let earlier = first, earlier.index <= range.lowerBound { continue }
            first = (range.lowerBound, shownBy)
        }
        guard var run = first else { return nil }
        var cursor = run.index
        while let next = verbs.first(where: { clause[cursor...].hasPrefix($0.task) }) {
            run.proof = next.shownBy
            cursor = clause.index(cursor, offsetBy: next.task.count)
        }
        return (run.index, run.proof)
    }

    private static func shows(_ stretch: String, _ proof: [String]) -> Bool {
        proof.contains { word in
            var searchStart = stretch.startIndex
            while let range = stretch.range(of: word, range: searchStart..<stretch.endIndex) {
                let before = stretch[..<range.lowerBound].suffix(2)
                if !negations.contains(where: { before.hasSuffix($0) }) { return true }
                searchStart = range.upperBound
            }
            return false
        }
    }
}
