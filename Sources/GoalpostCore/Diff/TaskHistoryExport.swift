import Foundation

/// One row of the flat task history (`goalpost export`): a task in one report, with its lineage id.
package struct TaskHistoryRow: Sendable, Equatable, Codable {
    /// Lineage id (the id of the lineage's first task).
    package var lineageID: Int64
    /// Region.
    package var region: String
    /// Year.
    package var year: Int
    /// Month the progress is reported as of.
    package var asOfMonth: Int
    /// Source file, for citing.
    package var sourceFile: String
    /// Store id of the task.
    package var taskID: Int64
    /// Number as written.
    package var number: String
    /// Goal category, "" when none.
    package var category: String
    /// Task text.
    package var task: String
    /// Progress text.
    package var progress: String
    /// Status raw value, "" when unknown.
    package var status: String
    /// Responsible unit(s), "" when none.
    package var owner: String

    private enum CodingKeys: String, CodingKey {
        case lineageID = "lineageId", region, year, asOfMonth, sourceFile, taskID = "taskId", number, category, task,
            progress, status, owner
    }

    /// JSON as the other commands write it: `lineageId`/`taskId`, `null` for no category, status or owner.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lineageID, forKey: .lineageID)
        try container.encode(region, forKey: .region)
        try container.encode(year, forKey: .year)
        try container.encode(asOfMonth, forKey: .asOfMonth)
        try container.encode(sourceFile, forKey: .sourceFile)
        try container.encode(taskID, forKey: .taskID)
        try container.encode(number, forKey: .number)
        try container.encode(category.isEmpty ? nil : category, forKey: .category)
        try container.encode(task, forKey: .task)
        try container.encode(progress, forKey: .progress)
        try container.encode(status.isEmpty ? nil : status, forKey: .status)
        try container.encode(owner.isEmpty ? nil : owner, forKey: .owner)
    }
}

/// Flattens a region's reports and lineages into rows, and renders them as CSV that Excel opens correctly.
package enum TaskHistoryExport {
    /// Rows in report order (year, month, id), then table order.
    package static func rows(sides: [DiffSide], lineages: [TaskLineage]) -> [TaskHistoryRow] {
        var lineageOf: [Int64: Int64] = [:]
        for lineage in lineages {
            for id in lineage.taskIDs { lineageOf[id] = lineage.lineageID }
        }
        let ordered = sides.sorted {
            ($0.summary.year, $0.summary.asOfMonth, $0.summary.id) < ($1.summary.year, $1.summary.asOfMonth, $1.summary.id)
        }
        return ordered.flatMap { side in
            side.tasks.map { task in
                TaskHistoryRow(
                    lineageID: lineageOf[task.id] ?? task.id, region: side.summary.region, year: side.summary.year,
                    asOfMonth: side.summary.asOfMonth, sourceFile: side.summary.sourceFile, taskID: task.id,
                    number: task.number, category: task.category ?? "", task: task.task, progress: task.progress,
                    status: task.status?.rawValue ?? "", owner: task.owner ?? ""
                )
            }
        }
    }

    /// The CSV header, in row field order.
    package static let header = [
        "lineageId", "region", "year", "asOfMonth", "sourceFile", "taskId", "number", "category", "task", "progress",
        "status", "owner",
    ]

    /// UTF-8 CSV with a byte-order mark (so Excel reads Chinese correctly), CRLF line ends, RFC 4180 quoting.
    package static func csv(_ rows: [TaskHistoryRow]) -> String {
        var lines = [header.joined(separator: ",")]
        for row in rows {
            let fields = [
                String(row.lineageID), row.region, String(row.year), String(row.asOfMonth), row.sourceFile,
                String(row.taskID), row.number, row.category, row.task, row.progress, row.status, row.owner,
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
