import Foundation
import Testing

@testable import GoalpostCore

/// The gap pass of the matcher: tasks left unlinked between two ordered links.
struct GapAlignerTests {
    typealias S = DiffTestSupport

    // Three anchors that link on their own, and one pair between the first two.
    static func sides(middleBefore: String, middleAfter: String) -> (DiffSide, DiffSide) {
        let anchors = ["新增城镇就业2万人", "完成农村公路提升改造50公里", "新建城市绿道20公里"]
        let early = [anchors[0], middleBefore, anchors[1], anchors[2]]
        let late = [anchors[0], middleAfter, anchors[1], anchors[2]]
        return (
            S.side(id: 1, year: 2024, early.enumerated().map { S.task(Int64(10 + $0), "\($0 + 1)", "优服务", $1) }),
            S.side(id: 2, year: 2025, late.enumerated().map { S.task(Int64(20 + $0), "\($0 + 1)", "优服务", $1) })
        )
    }

    static func links(_ before: DiffSide, _ after: DiffSide, options: MatchOptions = MatchOptions()) -> [String] {
        S.numberedLinks(before, after, TaskMatcher.match(before: before, after: after, options: options).links)
    }

    @Test func aRewrittenTaskBetweenTwoLinksIsLinked() {
        let (before, after) = Self.sides(middleBefore: "聚焦康养产业招引落地，谋划建设天目康养中心", middleAfter: "天目康养中心一期开工，年内完成投资2亿元")
        let similarity = SimilarityMatrix(before: before.tasks, after: after.tasks)[1, 1]
        #expect(similarity + MatchOptions.defaultCategoryBonus < MatchOptions.defaultThreshold, "below the main threshold: \(similarity)")
        #expect(Self.links(before, after) == ["1->1", "2->2", "3->3", "4->4"])
    }

    @Test func lookAlikesWithNamesOfTheirOwnAreNotLinked() {
        let (before, after) = Self.sides(middleBefore: "建成开放玲珑山公园", middleAfter: "建成开放青山湖公园")
        #expect(!Self.links(before, after).contains("2->2"))
    }

    @Test func aBrokenPairStaysBrokenInAGap() {
        let (before, after) = Self.sides(middleBefore: "聚焦康养产业招引落地，谋划建设天目康养中心", middleAfter: "天目康养中心一期开工，年内完成投资2亿元")
        let broken = LinkDecisions(broken: [TaskPair(before: 11, after: 21)])
        #expect(!Self.links(before, after, options: MatchOptions(decisions: broken)).contains("2->2"))
    }

    @Test func theOrderedChainIsTheLongestIncreasingOne() {
        let chain = GapAligner.orderedChain([(0, 0), (1, 5), (2, 1), (3, 2), (4, 9), (5, 3)])
        #expect(chain.map(\.row) == [0, 2, 3, 5])
        #expect(GapAligner.orderedChain([]).isEmpty)
    }
}
