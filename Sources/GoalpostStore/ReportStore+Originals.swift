import Foundation
import GRDB

extension ReportStore {
    /// The kept bytes of the file with this SHA-256, nil when the history has none (a report
    /// stored before originals were kept).
    package func original(sha256: String) throws -> [UInt8]? {
        try pool.read { db in
            try Data.fetchOne(db, sql: "SELECT bytes FROM original WHERE sha256 = ?", arguments: [sha256]).map(Array.init)
        }
    }

    /// The size in bytes of the kept original with this SHA-256, read without loading it.
    package func originalSize(sha256: String) throws -> Int? {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT length(bytes) FROM original WHERE sha256 = ?", arguments: [sha256])
        }
    }

    /// Removes the kept original with this SHA-256 when no report holds it any more.
    func dropUnheldOriginal(sha256: String, db: Database) throws {
        try db.execute(
            sql: "DELETE FROM original WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM report WHERE sha256 = ?)",
            arguments: [sha256, sha256])
    }
}
