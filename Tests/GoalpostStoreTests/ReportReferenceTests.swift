import GoalpostCore
import Testing
@testable import GoalpostStore

@Suite struct ReportReferenceTests {
    @Test(arguments: [
        ("7", ReportReference.id(7)), ("id:2023", .id(2023)), ("2023", .period(region: nil, year: 2023, month: nil)),
        ("2023-06", .period(region: nil, year: 2023, month: 6)), ("临安区/2023", .period(region: "临安区", year: 2023, month: nil)),
        ("临安区/2023-6", .period(region: "临安区", year: 2023, month: 6)), ("3000", .id(3000)),
    ])
    func parsesEveryReferenceForm(text: String, reference: ReportReference) throws {
        #expect(try ReportReference.parse(text) == reference)
    }

    @Test(arguments: ["", "abc", "临安区/", "/2023", "2023-13", "临安区/2023/06", "id:x"])
    func rejectsMalformedReferences(text: String) {
        #expect(throws: StoreError.badReference(reference: text)) { try ReportReference.parse(text) }
    }

    @Test func resolvesYearEndThenLatestPeriod() throws {
        try withTestStore { store throws in
            guard case .ingested(let half, _) = try store.insert(makeReport(month: 6, sha: "h")),
                case .ingested(let q3, _) = try store.insert(makeReport(month: 9, sha: "q"))
            else { Issue.record("not ingested"); return }
            #expect(try store.resolveReport("临安区/2023") == q3)
            #expect(try store.resolveReport("2023-06") == half)
            guard case .ingested(let annual, _) = try store.insert(makeReport(month: 12, sha: "a")) else { return }
            #expect(try store.resolveReport("2023") == annual)
            #expect(try store.resolveReport("id:\(half)") == half)
            #expect(try store.resolveReport(String(half)) == half)
        }
    }

    @Test func bareYearWithTwoRegionsIsAmbiguousAndListsCandidates() throws {
        try withTestStore { store throws in
            _ = try store.insert(makeReport(region: "临安区", sha: "1"))
            _ = try store.insert(makeReport(region: "余杭区", sha: "2"))
            let error = #expect(throws: StoreError.self) { try store.resolveReport("2023") }
            #expect(error?.description.contains("临安区/2023") == true)
            #expect(error?.description.contains("余杭区/2023") == true)
        }
    }

    @Test func unknownReferenceListsCandidates() throws {
        try withTestStore { store throws in
            _ = try store.insert(makeReport(sha: "1"))
            let error = #expect(throws: StoreError.self) { try store.resolveReport("临安区/2019") }
            #expect(error?.description == "No report matches '临安区/2019': candidates are 临安区/2023 (id 1).")
            #expect(throws: StoreError.self) { try store.resolveReport("99") }
        }
    }

    @Test func taskReferencesByNumberAndId() throws {
        try withTestStore { store throws in
            _ = try store.insert(makeReport())
            let id = try store.resolveTask("临安区/2023#2")
            #expect(try store.resolveTask("task:\(id)") == id)
            #expect(throws: StoreError.self) { try store.resolveTask("临安区/2023#99") }
        }
    }
}
