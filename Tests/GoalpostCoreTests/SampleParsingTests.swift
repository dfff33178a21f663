import Foundation
import Testing
@testable import GoalpostCore

struct GoldenTask: Decodable, Equatable {
    var number: String
    var section: Int?
    var category: String?
    var task: String
    var progress: String
}

@Suite struct SampleParsingTests {
    @Test func sampleHasFiveSectionsSeventeenCategoriesAnd158Tasks() throws {
        let report = try Fixtures.sample()
        #expect(report.sections.count == 5)
        #expect(report.categories.count == 17)
        #expect(report.tasks.count == 158)
        #expect(report.tasks.map(\.number) == (1...158).map(String.init))
        #expect(report.warnings.isEmpty)
    }

    @Test func sampleMetadataComesFromTitleAndText() throws {
        let report = try Fixtures.sample()
        #expect(report.year == 2023)
        #expect(report.asOfMonth == 12)
        #expect(report.region == "临安区")
        #expect(report.title == "2023年政府工作报告重点工作完成情况表")
        #expect(report.sha256.count == 64)
    }

    @Test func everySampleRowMatchesTheGoldenFile() throws {
        let report = try Fixtures.sample()
        let golden = try JSONDecoder().decode(
            [GoldenTask].self, from: Data(contentsOf: Fixtures.url("golden/linan-2023-annual.json")))
        #expect(golden.count == report.tasks.count)
        for (expected, task) in zip(golden, report.tasks) {
            let parsed = GoldenTask(
                number: task.number, section: task.section, category: task.category, task: task.task,
                progress: task.progress)
            #expect(parsed == expected, "task \(expected.number)")
        }
    }

    @Test(arguments: [("扩空间", 15), ("打造现代农业", 7), ("打造美丽乡村", 21), ("亚运筹办工作", 7), ("老城添韵味", 16)])
    func categoryHasItsTasks(name: String, count: Int) throws {
        let report = try Fixtures.sample()
        #expect(report.tasks.filter { $0.category == name }.count == count)
    }

    @Test func wrappedCategoryNameIsJoined() throws {
        let report = try Fixtures.sample()
        let task59 = try #require(report.tasks.first { $0.number == "59" })
        #expect(task59.category == "打造现代农业")
        #expect(task59.section == 3)
    }

    @Test func categoryRepeatedAfterPageBreakIsOneCategory() throws {
        let report = try Fixtures.sample()
        #expect(report.categories.filter { $0.name == "老城添韵味" }.count == 1)
        let task42 = try #require(report.tasks.first { $0.number == "42" })
        #expect(task42.category == "老城添韵味")
    }

    @Test func continuationAfterBlankLineStaysInItsCell() throws {
        let report = try Fixtures.sample()
        let task33 = try #require(report.tasks.first { $0.number == "33" })
        #expect(task33.progress == "1.I（二）期区块完成开挖20万方；\n2.南岸线整治进场施工。")
    }

    @Test func sectionsKeepTheirTitlesAndOrdinals() throws {
        let report = try Fixtures.sample()
        #expect(report.sections.map(\.ordinal) == [1, 2, 3, 4, 5])
        #expect(report.sections[0].title.hasPrefix("一、以更强的定力促产兴业"))
        #expect(report.categories.first { $0.name == "亚运筹办工作" }?.section == 5)
    }
}
