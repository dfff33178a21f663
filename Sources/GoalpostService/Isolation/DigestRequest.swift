/// Everything a worker needs to write digests from the history without a configuration.
package struct DigestRequest: Codable, Sendable, Equatable {
    /// The SQLite history's path (opened read-only beside the daemon's connection; WAL).
    package var database: String
    /// The digests folder.
    package var digests: String
    /// Region names mapped to canonical ones (the configuration's `regionAliases`).
    package var regionAliases: [String: String]
    /// Former goal-category names mapped to later ones (the configuration's `categoryAliases`).
    package var categoryAliases: [String: String]
    /// Which digests to write.
    package var action: DigestAction
    /// Reports whose digests are not made: making them stopped an earlier worker.
    package var skip: [Int64]

    package init(
        database: String, digests: String, regionAliases: [String: String] = [:], categoryAliases: [String: String] = [:],
        action: DigestAction, skip: [Int64] = []
    ) {
        self.database = database
        self.digests = digests
        self.regionAliases = regionAliases
        self.categoryAliases = categoryAliases
        self.action = action
        self.skip = skip
    }
}

/// Which digests a digest job writes: the ``DigestWriter`` operation it runs.
package enum DigestAction: Codable, Sendable, Equatable {
    /// ``DigestWriter/refresh(after:)``: a report and those compared with it, then the region's missing ones.
    case refresh(after: Int64)
    /// ``DigestWriter/writeMissing(region:)``: every missing digest of a region, or of all when nil.
    case writeMissing(region: String?)
}

/// One line a digest worker writes on standard output, as JSON, while it works.
package enum DigestWorkerLine: Codable, Sendable, Equatable {
    /// The digests of this report are being made: a death now is this report's fault.
    case begin(reportId: Int64)
    /// The digests of this report are written.
    case done(reportId: Int64)
    /// The whole job is done.
    case finished
    /// The job stopped with an error that is not one report's fault (the database cannot be read, say).
    case failed(reason: String)
}
