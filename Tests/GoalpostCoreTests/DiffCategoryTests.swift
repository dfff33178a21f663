import Foundation
import Testing

@testable import GoalpostCore

/// Category changes across the generated Lin'an years: same, renamed, split, merged, new, dropped.
struct DiffCategoryTests {
    typealias T = DiffTestSupport

    static func diff(_ before: String, _ after: String, options: MatchOptions = MatchOptions()) throws -> ReportDiff {
        let (left, right) = try T.fixturePair(before, after)
        return ReportDiffer.diff(before: left, after: right, options: options)
    }

    static func changes(_ diff: ReportDiff) -> [String: String] {
        Dictionary(uniqueKeysWithValues: diff.categories.map {
            ($0.label, $0.change.rawValue + ($0.previousNames.isEmpty ? "" : "<" + $0.previousNames.joined(separator: ",")))
        })
    }

    @Test(arguments: YearFixtures.pairs.map { "\($0.0)->\($0.1)" })
    func categoryChangesArePrinted(pair: String) throws {
        let parts = pair.components(separatedBy: "->")
        let diff = try Self.diff(parts[0], parts[1])
        let changed = diff.categories.filter { $0.change != .same }
        print("categories \(pair): " + changed.map { "\($0.name) \($0.change.rawValue) \($0.previousNames)" }.joined(separator: "; "))
        #expect(diff.categories.count >= 15)
    }

    @Test func yearAfterTheGamesShowsDroppedRenamedSplitAndNewCategories() throws {
        let changes = Self.changes(try Self.diff("2023", "2024"))
        #expect(changes["亚运筹办工作"] == "dropped")
        #expect(changes["新城建设提质"] == "renamed<新城出形象")
        #expect(changes["城市品质提升"] == "split<产城增活力")
        #expect(changes["产城增活力"] == "split")
        #expect(changes["发展新质生产力"] == "new")
        #expect(changes["扩空间"] == "same")
    }

    /// A split books each earlier task to the part that took it: the parts add up to the earlier category.
    @Test func splitPartsShareTheEarlierCategoryTasks() throws {
        let diff = try Self.diff("2023", "2024")
        let parts = diff.categories.filter { $0.change == .split }
        let earlier = try YearFixtures.side("2023").tasks.filter { $0.category == "产城增活力" }.count
        #expect(parts.count == 2)
        #expect(parts.map(\.tasksBefore).reduce(0, +) == earlier)
        #expect(parts.allSatisfy { $0.tasksBefore < earlier })
    }

    @Test func gamesYearShowsMergedRenamedAndNewCategories() throws {
        let changes = Self.changes(try Self.diff("2022", "2023"))
        #expect(changes["老城添韵味"] == "merged<老城焕新颜")
        #expect(changes["扩空间"] == "renamed<拓展发展空间")
        #expect(changes["亚运筹办工作"] == "new")
    }

    @Test func droppedCategoryListsItsUnlinkedTasksAsDropped() throws {
        let diff = try Self.diff("2023", "2024")
        let games = try #require(diff.categories.first { $0.name == "亚运筹办工作" })
        #expect(games.tasksBefore == 7 && games.tasksAfter == 0)
        #expect(games.items.map(\.kind) == Array(repeating: .dropped, count: 4))
        let movedOut = diff.items.filter { $0.before?.category == "亚运筹办工作" && $0.after != nil }
        #expect(movedOut.count == 3 && movedOut.allSatisfy { $0.kind == .moved || $0.kind == .targetChanged })
        #expect(movedOut.allSatisfy { $0.moved })
    }

    @Test func userAliasJoinsCategoriesByName() throws {
        let options = MatchOptions(categoryAliases: ["拓展发展空间": "扩空间"])
        #expect(Self.changes(try Self.diff("2022", "2023", options: options))["扩空间"] == "renamed<拓展发展空间")
        let before = T.side(id: 1, year: 2023, [T.task(1, "1", "甲", "建成开放玲珑山公园。")])
        let after = T.side(id: 2, year: 2024, [T.task(2, "1", "乙", "新增就业3万人。")])
        let aliased = ReportDiffer.diff(before: before, after: after, options: MatchOptions(categoryAliases: ["甲": "乙"]))
        #expect(aliased.categories.map(\.change) == [.renamed])
        #expect(ReportDiffer.diff(before: before, after: after).categories.map(\.change) == [.new, .dropped])
    }

    @Test func normalisedCategoryNameIsTheSameCategory() {
        let before = T.side(id: 1, year: 2023, [T.task(1, "1", "扩 空间", "建成开放玲珑山公园。")])
        let after = T.side(id: 2, year: 2024, [T.task(2, "1", "扩空间", "新增就业3万人。")])
        #expect(ReportDiffer.diff(before: before, after: after).categories.map(\.change) == [.same])
    }

    @Test func everyKindOccursBetweenFixtureYears() throws {
        let kinds = Set(try Self.diff("2023", "2024").items.map(\.kind))
        #expect(kinds.isSuperset(of: [.same, .reworded, .moved, .new, .dropped]))
    }

    @Test func halfYearToYearEndComparesTheSameWay() throws {
        let diff = try Self.diff("2024-06", "2024")
        #expect((diff.from.year, diff.from.asOfMonth, diff.to.asOfMonth) == (2024, 6, 12))
        #expect(diff.categories.allSatisfy { $0.change == .same })
        #expect(diff.items.filter { $0.kind == .new }.count == 1)
    }
}
