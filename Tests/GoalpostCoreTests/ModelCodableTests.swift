import Foundation
import Testing
@testable import GoalpostCore

/// Reports cross a process boundary as JSON (the isolated parse worker), so they must survive it unchanged.
@Suite struct ModelCodableTests {
    @Test func assessedSampleSurvivesAJSONRoundTrip() throws {
        let report = try Fixtures.sample().assessed()
        let decoded = try JSONDecoder().decode(Report.self, from: JSONEncoder().encode(report))
        #expect(decoded == report)
    }

    @Test func assessedSampleKeepsEveryFigureExactly() throws {
        let report = try Fixtures.sample().assessed()
        let decoded = try JSONDecoder().decode(Report.self, from: JSONEncoder().encode(report))
        let figures = { (report: Report) in
            report.tasks.flatMap { ($0.assessment?.targets ?? []) + ($0.assessment?.actuals ?? []) }
        }
        #expect(!figures(report).isEmpty)
        #expect(figures(decoded).map { "\($0.value) \($0.valueMax.map { "\($0)" } ?? "-")" }
            == figures(report).map { "\($0.value) \($0.valueMax.map { "\($0)" } ?? "-")" })
    }

    @Test(arguments: ["0.1", "3.5", "12.345678901234567890123", "0.000001", "35000", "-2.75", "99999999999999999999.5"])
    func decimalValuesRoundTripExactly(text: String) throws {
        let value = try #require(Decimal(string: text))
        let quantity = Quantity(text: text, value: value, valueMax: value, unit: "亩")
        let decoded = try JSONDecoder().decode(Quantity.self, from: JSONEncoder().encode(quantity))
        #expect(decoded == quantity)
        #expect("\(decoded.value)" == "\(value)")
    }
}
