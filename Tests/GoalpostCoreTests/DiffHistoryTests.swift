import Testing

@testable import GoalpostCore

/// A goal category across the generated Lin'an years.
struct DiffHistoryTests {
    static func history(_ name: String) throws -> [CategoryHistoryEntry] {
        let sides = try YearFixtures.labels.enumerated().map { try YearFixtures.side($1, reportID: Int64($0 + 1)) }
        let diffs = zip(sides, sides.dropFirst()).map { ReportDiffer.diff(before: $0, after: $1) }
        return CategoryHistory.entries(matching: name, sides: sides, diffs: diffs)
    }

    @Test func historyFollowsARenameBackToTheFormerName() throws {
        let entries = try Self.history("扩空间")
        #expect(entries.map(\.period) == ["2021", "2022", "2023", "2024-06", "2024"])
        #expect(entries.map(\.name) == ["拓展发展空间", "拓展发展空间", "扩空间", "扩空间", "扩空间"])
        #expect(entries[2].change == .renamed && entries[2].previousNames == ["拓展发展空间"])
        #expect(entries[0].change == nil)
    }

    @Test func historyOfASplitCategoryShowsBothParts() throws {
        let names = try Self.history("城市品质提升").filter { $0.period == "2024" }.map(\.name)
        #expect(Set(names) == ["产城增活力", "城市品质提升"])
    }

    @Test func categoryOfOneYearHasOneEntry() throws {
        let entries = try Self.history("亚运筹办工作")
        #expect(entries.map(\.period) == ["2023"])
        #expect(entries.first?.tasks == 7)
    }
}
