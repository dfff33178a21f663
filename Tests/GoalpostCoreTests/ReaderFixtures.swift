import Foundation
import Testing

@testable import GoalpostCore

/// Locates and parses the fixtures under Tests/Fixtures for the reader and format tests.
enum ReaderFixtures {
    /// Tests/Fixtures, found from this file's path.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The bytes of `name`, a path relative to Tests/Fixtures.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// Parses the fixture `name` with its file name (and `context`) as the only hints.
    static func report(
        _ name: String, context: [String] = [], region: String? = nil, limits: ReaderLimits = .default
    ) throws -> Report {
        let fileName = String(name.split(separator: "/").last!)
        let options = ParseOptions(fileName: fileName, region: region, context: context)
        return try ReportReader.read(bytes(name), options: options, limits: limits)
    }

    /// The error message reading `bytes` as `fileName` fails with, or nil when it succeeds.
    static func failure(_ bytes: [UInt8], fileName: String, limits: ReaderLimits = .default) -> String? {
        do {
            _ = try ReportReader.read(bytes, options: ParseOptions(fileName: fileName), limits: limits)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// A report reduced to what two formats of one table must agree on, whitespace removed.
    struct Shape: Equatable, CustomStringConvertible {
        var sections: [String]
        var categories: [String]
        var tasks: [String]

        /// The shape of `report`, with the characters in `dropping` removed from all texts.
        init(_ report: Report, dropping: Set<Character> = []) {
            let clean = { (text: String) in String(CellText.squeezed(text).filter { !dropping.contains($0) }) }
            sections = report.sections.map { clean($0.title) }
            categories = report.categories.map { "\(clean($0.name))@\($0.section ?? 0)" }
            tasks = report.tasks.map { task in
                [task.number, "\(task.section ?? 0)", task.category ?? "-", task.task, task.progress, task.owner ?? "-"]
                    .map(clean).joined(separator: " | ")
            }
        }

        var description: String {
            "\(sections.count) sections, \(categories.count) categories, \(tasks.count) tasks"
        }

        /// The first differing line, for a readable failure.
        func firstDifference(from other: Shape) -> String? {
            for (mine, theirs) in zip(sections + categories + tasks, other.sections + other.categories + other.tasks)
            where mine != theirs {
                return "\(mine)\n  vs\n\(theirs)"
            }
            return self == other ? nil : "\(self) vs \(other)"
        }
    }
}
