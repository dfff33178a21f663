import Foundation
import GoalpostCore
import GoalpostStore
import Logging

/// The parsing half of ingestion — read, hash check, parse, region, assess — shared by the
/// in-process parser and the isolated worker, so both answer alike.
package enum ReportParsing {
    /// Reads `request.file` and answers with its assessed report, the failure reason, or `.changed`;
    /// `converter` runs pdftotext / antiword (default: found on PATH).
    package static func respond(to request: ParseRequest, converter: ExternalConverter = ExternalConverter(), logger: Logger? = nil) -> ParseResponse {
        let reader = ReportFileReader(limits: ReaderLimits(maxFileBytes: request.maxFileBytes), converter: converter)
        let url = URL(fileURLWithPath: request.file)
        do {
            let bytes = try reader.bytes(of: url, name: request.fileName)
            guard SHA256.hex(bytes) == request.sha256 else { return .changed }
            return .parsed(try parse(bytes, request, reader: reader, logger: logger))
        } catch {
            if let trouble = StorageTrouble.of(error) { return .unavailable(trouble, reason: "\(error)") }
            return .failed(reason: "\(error)")
        }
    }

    private static func parse(_ bytes: [UInt8], _ request: ParseRequest, reader: ReportFileReader, logger: Logger?) throws -> Report {
        let aliases = RegionAliases(request.regionAliases)
        var report = try read(bytes, request, aliases: aliases, reader: reader, logger: logger)
        report.region = aliases.canonical(report.region).trimmingWhitespace()
        guard RegionFolder.isUsable(report.region) else {
            throw ParseError.unusableRegion(file: request.fileName, region: report.region)
        }
        return report.assessed()
    }

    /// Reads the report; when the text names no region, reads it again with the folder's name as the region.
    private static func read(
        _ bytes: [UInt8], _ request: ParseRequest, aliases: RegionAliases, reader: ReportFileReader, logger: Logger?
    ) throws -> Report {
        let options = request.hints.options(fileName: request.fileName, sha256: request.sha256)
        do {
            return try reader.read(bytes, fileName: request.fileName, options: options, logger: logger).report
        } catch ParseError.noRegion {
            guard let folderRegion = request.folderRegion else { throw ParseError.noRegion(file: request.fileName) }
            var withFolder = options
            withFolder.region = aliases.canonical(folderRegion)
            return try reader.read(bytes, fileName: request.fileName, options: withFolder, logger: logger).report
        }
    }
}
