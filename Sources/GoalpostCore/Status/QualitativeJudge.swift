/// Judges a task from the verbs of its two texts when no figures can be compared.
///
/// A task naming a deliverable (建成, 投用, 通车 …) is met when the progress shows that deliverable,
/// partial when it shows it only in part (部分, 申报 of a 创成, 杭州市 for 省级), in progress when it shows
/// only preparatory steps; a continuing policy (持续, 深化, 坚持 …) with reported activity is ongoing.
package enum QualitativeJudge {
    /// The rule words found in the two texts.
    private struct Words {
        /// Deliverable verbs of the task (建成, 投用 …).
        var asked: [String]
        /// Progress words showing those deliverables.
        var shown: [String]
        /// Progress words showing only part (部分, 基本完成 …).
        var partial: [String]
        /// Progress words of preparatory steps (设计, 审查 …), other than `shown`.
        var prep: [String]
        /// Delivered words in clauses without preparatory words.
        var delivered: [String]
    }

    /// The status and the words relied on.
    package static func judge(task: String, progress: String) -> Judgement {
        let progressText = withoutNames(progress.trimmingWhitespace())
        let task = withoutNames(task)
        guard progressText.count >= StatusVocabulary.minimumActivityLength else {
            return Judgement(.unclear, "完成情况过短，无法判断：“\(progressText.messageSafe())”")
        }
        let asked = StatusVocabulary.deliverables.filter { TextSearch.contains(task, $0.task) }
        let shown = asked.flatMap(\.shownBy).filter { TextSearch.contains(progressText, $0) }
        let words = Words(
            asked: asked.map(\.task), shown: shown,
            partial: StatusVocabulary.partialWords.filter { TextSearch.contains(progressText, $0) },
            prep: StatusVocabulary.preparatoryWords.filter { TextSearch.contains(progressText, $0) && !shown.contains($0) },
            delivered: deliveredClauses(in: progressText))
        if !words.asked.isEmpty {
            return endPoint(words, task: task, progress: progressText)
        }
        if let deed = OfficeWords.deed(in: progressText, task: task), words.partial.isEmpty {
            return Judgement(.met, "完成情况写“\(deed)”")
        }
        // A project (…工程, …项目) is delivered when it is completed: its deeds on the whole (not 主体
        // 完工) outweigh its steps.
        let wholeDeeds = deliveredClauses(in: progressText, excluding: OfficeWords.parts(notNamedIn: task))
        if StatusVocabulary.projectWords.contains(where: { TextSearch.contains(task, $0) }), words.partial.isEmpty,
           !wholeDeeds.isEmpty, wholeDeeds.count > prepOnlyClauses(in: progressText) {
            return Judgement(.met, "项目任务，完成情况写" + Judgement.quoted(wholeDeeds))
        }
        if let word = ongoingWord(in: task) {
            return Judgement(.ongoing, continuing(word))
        }
        if !words.prep.isEmpty || !words.delivered.isEmpty {
            return Judgement(.inProgress, "有工作开展：" + Judgement.quoted(words.prep + words.delivered))
        }
        return Judgement(.unclear, "完成情况未见交付或进展用语")
    }

    // A task naming a deliverable: submitted only, partly shown, shown at a lower level, shown, or only steps.
    private static func endPoint(_ w: Words, task: String, progress: String) -> Judgement {
        let asked = "任务要求" + Judgement.quoted(w.asked)
        if onlySubmitted(task: task, progress: progress) {
            return Judgement(.partial, "\(asked)，\(submittedOnly)")
        }
        if !w.partial.isEmpty {
            return Judgement(.partial, "\(asked)，完成情况写\(Judgement.quoted(w.partial))")
        }
        if !w.shown.isEmpty, let lower = lowerLevel(task: task, progress: progress) {
            return Judgement(.partial, "\(asked)，完成情况写\(Judgement.quoted(w.shown))，但级别低于“\(lower)”")
        }
        if !w.shown.isEmpty && w.delivered.count >= prepOnlyClauses(in: progress) {
            return Judgement(.met, "\(asked)，完成情况写\(Judgement.quoted(w.shown))")
        }
        if w.shown.isEmpty, w.partial.isEmpty, let deed = OfficeWords.deed(in: progress, task: task) {
            return Judgement(.met, "\(asked)，完成情况写“\(deed)”")
        }
        if w.shown.isEmpty, let word = ongoingWord(in: task) {
            return Judgement(.ongoing, continuing(word) + "（未见\(Judgement.quoted(w.asked))）")
        }
        if !w.prep.isEmpty {
            return Judgement(.inProgress, "\(asked)，完成情况仅见步骤\(Judgement.quoted(w.prep))")
        }
        if !w.delivered.isEmpty {
            return Judgement(.met, "\(asked)，完成情况写\(Judgement.quoted(w.delivered))")
        }
        if ongoingWord(in: task) != nil {
            return Judgement(.ongoing, "\(asked)，属持续性任务，有工作开展")
        }
        return Judgement(.unclear, "\(asked)，完成情况未见对应用语")
    }

    private static func continuing(_ word: String) -> String { "持续性任务（“\(word)”），有工作开展" }

    private static func ongoingWord(in task: String) -> String? {
        StatusVocabulary.ongoingWords.first { TextSearch.contains(task, $0) }
    }

    /// The evidence phrase for a submission not yet granted.
    package static let submittedOnly = "完成情况仅见“\(StatusVocabulary.submissionWord)”（已申报，尚未获批）"

    /// True when the task asks to be granted something (创成, 争创) and the progress shows only 申报.
    package static func onlySubmitted(task: String, progress: String) -> Bool {
        let asks = StatusVocabulary.grantVerbs.contains { TextSearch.contains(task, $0) }
        let granted = StatusVocabulary.deliverables.filter { StatusVocabulary.grantVerbs.contains($0.task) }.flatMap(\.shownBy)
        return asks && TextSearch.contains(progress, StatusVocabulary.submissionWord)
            && !granted.contains { TextSearch.contains(progress, $0) }
    }

    /// The level the task asks right after a deliverable verb (创成省级, 成为国家标准) when the progress names none of it.
    private static func lowerLevel(task: String, progress: String) -> String? {
        let chars = Array(task)
        let verbs = StatusVocabulary.deliverables.map { Array($0.task) }
        for level in StatusVocabulary.levels where !level.shownBy.contains(where: { TextSearch.contains(progress, $0) }) {
            for verb in verbs where verb.count <= chars.count {
                for i in 0...(chars.count - verb.count) where chars[i..<i + verb.count].elementsEqual(verb) {
                    let after = i + verb.count
                    let reach = String(chars[after..<min(chars.count, after + StatusVocabulary.levelReach)])
                    if TextSearch.contains(reach, level.asked) { return level.asked }
                }
            }
        }
        return nil
    }

    /// The text with quoted names and titles (“重点企业直通车”, 《…方案》) removed: their verbs are not deeds.
    package static func withoutNames(_ text: String) -> String {
        var depth = 0
        return String(text.filter { c in
            if c == "“" || c == "《" { depth += 1; return false }
            if c == "”" || c == "》" { depth = max(0, depth - 1); return false }
            return depth == 0
        })
    }

    /// The delivered words found in clauses that carry no preparatory word (完成设计 is a step), nor
    /// any of `excluding`.
    package static func deliveredClauses(in text: String, excluding: [String] = []) -> [String] {
        clauses(of: text).compactMap { clause in
            guard !StatusVocabulary.preparatoryWords.contains(where: { TextSearch.contains(clause, $0) }),
                  !excluding.contains(where: { TextSearch.contains(clause, $0) }) else { return nil }
            return StatusVocabulary.deliveredWords.first { TextSearch.contains(clause, $0) }
        }
    }

    private static func prepOnlyClauses(in text: String) -> Int {
        clauses(of: text).filter { clause in
            StatusVocabulary.preparatoryWords.contains { TextSearch.contains(clause, $0) }
                && !StatusVocabulary.deliveredWords.contains { w in w != StatusVocabulary.genericCompletion && TextSearch.contains(clause, w) }
        }.count
    }

    /// The clauses of `text`: stretches between commas and sentence ends, as the status rules read them.
    package static func clauses(of text: String) -> [String] {
        text.split(whereSeparator: { "，。；;,\n！!？?".contains($0) }).map(String.init)
    }
}
