import Foundation
@testable import GoalpostCore

/// Paths and helpers shared by the core tests.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: url(name))) }

    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    static func sample() throws -> Report {
        try ReportReader.read(bytes("linan-2023-annual.txt"), options: ParseOptions(fileName: "linan-2023-annual.txt"))
    }

    /// Parses a tab-led table written as rows of cells (each cell line gets its tab, rows end in a blank line).
    static func table(title: String, rows: [[String]]) -> String {
        var text = title + "\n\n"
        for row in rows {
            text += row.map { "\t" + $0 }.joined(separator: "\n") + "\n\n"
        }
        return text
    }

    static func parse(_ text: String, file: String = "t.txt", options: ParseOptions? = nil) throws -> Report {
        try ReportReader.read(Array(text.utf8), options: options ?? ParseOptions(fileName: file))
    }
}
