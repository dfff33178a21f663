import Foundation
@testable import GoalpostCore

/// Locates the fixtures of Tests/Fixtures and reads their hand labels.
enum QuantityFixtures {
    /// The Tests/Fixtures folder, found from this file's path.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The labelled tables: fixture file and its label file.
    static let labelled = [
        ("linan-2023-annual.txt", "linan-2023-labels.json"),
        ("tonglu-2024-halfyear.txt", "tonglu-2024-halfyear-labels.json"),
        ("chunan-2023-growth.txt", "chunan-2023-growth-labels.json"),
        ("jiande-2023-ceilings.txt", "jiande-2023-ceilings-labels.json"),
        ("fuyang-2024-q1.txt", "fuyang-2024-q1-labels.json"),
    ]

    /// The parsed report of a fixture table.
    static func report(_ name: String) throws -> Report {
        let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
        return try ReportReader.read([UInt8](bytes), options: ParseOptions(fileName: name))
    }

    /// The hand labels of a fixture.
    static func labels(_ name: String) throws -> LabelFile {
        let data = try Data(contentsOf: folder.appendingPathComponent("labels").appendingPathComponent(name))
        return try JSONDecoder().decode(LabelFile.self, from: data)
    }
}

/// A label file: the expected figures and status of some tasks of one fixture.
struct LabelFile: Decodable {
    var fixture: String
    var asOfMonth: Int
    var tasks: [LabelTask]
}

/// The expected figures and status of one task.
struct LabelTask: Decodable {
    var number: String
    var status: String
    var targets: [LabelQuantity]
    var actuals: [LabelQuantity]
    var schedule: String?
}

/// One expected figure: span, exact value (as a decimal string), unit and qualifier.
struct LabelQuantity: Decodable {
    var text: String
    var value: String
    var valueMax: String?
    var unit: String
    var qualifier: String

    /// True when an extracted quantity has this value, upper bound and unit.
    func matches(_ q: Quantity) -> Bool {
        Decimal(string: value) == q.value && valueMax.flatMap { Decimal(string: $0) } == q.valueMax && unit == q.unit
    }
}
