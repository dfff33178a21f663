import Foundation
import GoalpostCore
import GRDB

extension ReportStore {
    /// Where the original of report `id` is kept (archive path, or the path given to `ingest`).
    package func sourcePath(id: Int64) throws -> String? {
        try pool.read { try String.fetchOne($0, sql: "SELECT sourcePath FROM report WHERE id = ?", arguments: [id]) }
    }
}
