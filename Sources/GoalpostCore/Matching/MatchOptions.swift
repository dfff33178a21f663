/// Settings and user input for matching two reports.
package struct MatchOptions: Sendable, Equatable {
    /// Lowest score (similarity plus category bonus) that makes an automatic link.
    package var threshold: Double
    /// Lowest score for a link between tasks left unlinked in the same gap between ordered links (`GapAligner`).
    package var gapThreshold: Double
    /// Added to a pair's similarity when the two tasks' categories correspond.
    package var categoryBonus: Double
    /// User alias table: category name -> the name it stands for (e.g. 拓展发展空间 -> 扩空间).
    package var categoryAliases: [String: String]
    /// Confirmed and broken links.
    package var decisions: LinkDecisions

    package init(
        threshold: Double = MatchOptions.defaultThreshold, gapThreshold: Double = MatchOptions.defaultGapThreshold,
        categoryBonus: Double = MatchOptions.defaultCategoryBonus,
        categoryAliases: [String: String] = [:], decisions: LinkDecisions = .none
    ) {
        self.threshold = threshold
        self.gapThreshold = gapThreshold
        self.categoryBonus = categoryBonus
        self.categoryAliases = categoryAliases
        self.decisions = decisions
    }

    /// The measured default threshold (see Tests/GoalpostCoreTests/MatchAnswerKeyTests.swift).
    package static let defaultThreshold = 0.5
    /// The measured default gap threshold (`goalpost corpus Tests/Fixtures/years-2025 --links`).
    package static let defaultGapThreshold = 0.3
    /// The default category bonus.
    package static let defaultCategoryBonus = 0.1
}
