import Foundation
import Testing

@testable import GoalpostCore

/// Task normalisation, similarity, assignment and user decisions.
struct MatchTests {
    typealias T = DiffTestSupport

    @Test(arguments: [
        ("持续推进青山湖综保工程建设。", "青山湖综保工程建设"),
        ("深化青山湖综保工程建设", "青山湖综保工程建设"),
        ("工业用地供地1000亩以上。", "工业用地供地#亩"),
        ("新增嵌入式体育场地1.8万平方米。", "新增嵌入式体育场地#平方米"),
        ("完成拆迁１２００亩", "拆迁#亩"),
    ])
    func normalizationDropsFillersPunctuationAndNumbers(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test func rewordedTaskStaysSimilar() {
        let before = NGramProfile(normalized: TextNormalizer.normalize("持续推进“1+3”工业主平台有机更新，完成拆迁1200亩以上。"))
        let after = NGramProfile(normalized: TextNormalizer.normalize("深化“1+3”工业主平台有机更新，完成拆迁1500亩。"))
        #expect(before.similarity(to: after) > 0.9)
    }

    @Test func renumberingAloneIsNotAChange() throws {
        let before = T.side(id: 1, year: 2023, [
            T.task(1, "1", "扩空间", "工业用地供地1000亩以上。"), T.task(2, "2", "扩空间", "建成开放玲珑山公园。"),
        ])
        let after = T.side(id: 2, year: 2024, [
            T.task(11, "7", "扩空间", "建成开放玲珑山公园。"), T.task(12, "9", "扩空间", "工业用地供地1000亩以上。"),
        ])
        let diff = ReportDiffer.diff(before: before, after: after)
        #expect(diff.items.map(\.kind) == [.same, .same])
        #expect(diff.categories.map(\.change) == [.same])
    }

    @Test func confirmedLinkWinsOverScores() {
        let before = T.side(id: 1, year: 2023, [T.task(1, "1", "A", "建成开放玲珑山公园。"), T.task(2, "2", "A", "改建吴越国博物馆。")])
        let after = T.side(id: 2, year: 2024, [T.task(11, "1", "A", "建成开放玲珑山公园。")])
        let options = MatchOptions(decisions: LinkDecisions(confirmed: [TaskPair(before: 2, after: 11)]))
        let links = TaskMatcher.match(before: before, after: after, options: options).links
        #expect(links.map(\.pair) == [TaskPair(before: 2, after: 11)])
        #expect(links.map(\.source) == [.user])
        let diff = ReportDiffer.diff(before: before, after: after, options: options)
        #expect(diff.items.first { $0.after != nil }?.linkSource == .user)
    }

    @Test func brokenLinkIsNeverMade() {
        let before = T.side(id: 1, year: 2023, [T.task(1, "1", "A", "建成开放玲珑山公园。")])
        let after = T.side(id: 2, year: 2024, [T.task(11, "1", "A", "建成开放玲珑山公园。")])
        let options = MatchOptions(decisions: LinkDecisions(broken: [TaskPair(before: 1, after: 11)]))
        #expect(TaskMatcher.match(before: before, after: after, options: options).links.isEmpty)
        #expect(ReportDiffer.diff(before: before, after: after, options: options).items.map(\.kind) == [.new, .dropped])
    }

    @Test func unrelatedTasksAreNotLinked() {
        let before = T.side(id: 1, year: 2023, [T.task(1, "1", "A", "建成开放玲珑山公园。")])
        let after = T.side(id: 2, year: 2024, [T.task(11, "1", "A", "新增就业3万人。")])
        #expect(TaskMatcher.match(before: before, after: after).links.isEmpty)
    }

    @Test func linksDoNotDependOnIngestOrderOrTaskOrder() throws {
        let (before, after) = try T.fixturePair("2023", "2024", beforeID: 1, afterID: 2)
        // Ingested the other way round: the later report got the smaller ids; rows handed over reversed.
        var laterFirst = try YearFixtures.side("2024", reportID: 3)
        var earlierSecond = try YearFixtures.side("2023", reportID: 9)
        laterFirst.tasks.reverse()
        let tasks = earlierSecond.tasks
        earlierSecond.tasks = tasks.indices.filter { $0 % 2 == 1 }.map { tasks[$0] } + tasks.indices.filter { $0 % 2 == 0 }.map { tasks[$0] }
        let inOrder = TaskMatcher.match(before: before, after: after).links
        let scrambled = TaskMatcher.match(before: earlierSecond, after: laterFirst).links
        #expect(T.numberedLinks(before, after, inOrder) == T.numberedLinks(earlierSecond, laterFirst, scrambled))
    }

    @Test func tiedCandidatesAreBrokenByContentNotIds() {
        let tasks = { (base: Int64) in
            [T.task(base, "1", "A", "地质灾害点整治48个。"), T.task(base + 1, "2", "A", "地质灾害点整治48个。")]
        }
        let forward = TaskMatcher.match(before: T.side(id: 1, year: 2023, tasks(1)), after: T.side(id: 2, year: 2024, tasks(10)))
        let backward = TaskMatcher.match(
            before: T.side(id: 1, year: 2023, tasks(20).reversed()), after: T.side(id: 2, year: 2024, tasks(5))
        )
        #expect(forward.links.map { ($0.before - 1, $0.after - 10) }.map { "\($0.0)-\($0.1)" } == ["0-0", "1-1"])
        #expect(Set(backward.links.map { "\($0.before - 20)-\($0.after - 5)" }) == ["0-0", "1-1"])
    }
}
