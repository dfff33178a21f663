import Foundation
import GoalpostCore

/// Everything one file's parse needs, so it can run in this process or in an isolated worker.
package struct ParseRequest: Codable, Sendable, Equatable {
    /// Where the bytes are read from (an inbox file, or a claimed copy with a meaningless name).
    package var file: String
    /// The name used in messages, stored as the report's source and used to detect the format.
    package var fileName: String
    /// Lower-case hex SHA-256 of the bytes the caller read; other bytes answer ``ParseResponse/changed``.
    package var sha256: String
    /// The inbox sub-folder's name, tried as the region when the text names none.
    package var folderRegion: String?
    /// Region names mapped to canonical ones (the configuration's `regionAliases`).
    package var regionAliases: [String: String]
    /// Files larger than this many bytes are refused without being read.
    package var maxFileBytes: Int
    /// Metadata the user forced (`goalpost ingest --region/--year/--as-of-month`).
    package var hints: ParseHints

    package init(
        file: String, fileName: String, sha256: String, folderRegion: String? = nil, regionAliases: [String: String] = [:],
        maxFileBytes: Int = ReaderLimits.default.maxFileBytes, hints: ParseHints = ParseHints()
    ) {
        self.file = file
        self.fileName = fileName
        self.sha256 = sha256
        self.folderRegion = folderRegion
        self.regionAliases = regionAliases
        self.maxFileBytes = maxFileBytes
        self.hints = hints
    }
}

/// The report metadata a user may force instead of letting the parser infer it.
package struct ParseHints: Codable, Sendable, Equatable {
    /// Forces the region.
    package var region: String?
    /// Forces the year of the work report.
    package var year: Int?
    /// Forces the month the progress is reported as of.
    package var asOfMonth: Int?

    package init(region: String? = nil, year: Int? = nil, asOfMonth: Int? = nil) {
        self.region = region
        self.year = year
        self.asOfMonth = asOfMonth
    }

    /// The hints of `options`, nil ones when `options` is nil.
    package init(_ options: ParseOptions?) {
        self.init(region: options?.region, year: options?.year, asOfMonth: options?.asOfMonth)
    }

    /// Parse options for the file `fileName` with bytes hashing to `sha256`.
    package func options(fileName: String, sha256: String) -> ParseOptions {
        ParseOptions(fileName: fileName, sha256: sha256, region: region, year: year, asOfMonth: asOfMonth)
    }
}
