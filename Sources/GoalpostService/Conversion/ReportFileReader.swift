import Foundation
import GoalpostCore
import Logging

/// Reads a report file from disk: size limit before reading, external conversion for PDF and
/// .doc, then the core reader and parser.
package struct ReportFileReader: Sendable {
    /// Limits passed to the core readers; the file size limit is also checked before reading.
    package var limits: ReaderLimits
    /// Runs pdftotext / antiword.
    package var converter: ExternalConverter

    package init(limits: ReaderLimits = .default, converter: ExternalConverter = ExternalConverter()) {
        self.limits = limits
        self.converter = converter
    }

    /// A parsed report and the converter that produced its text, if one was needed.
    package struct Result: Sendable {
        package var report: Report
        /// "pdftotext" or "antiword", nil for formats read directly.
        package var converter: String?
    }

    /// The bytes of the file at `url`, refusing files over the size limit without reading them;
    /// `name` (default: the path's last component) is the file's name in messages.
    package func bytes(of url: URL, name: String? = nil) throws -> [UInt8] {
        let name = name ?? url.lastPathComponent
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limits.maxFileBytes {
            throw ReadError.tooLarge(file: name, size: size, limit: limits.maxFileBytes)
        }
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw IngestError.unreadable(file: name, reason: (error as NSError).localizedDescription)
        }
    }

    /// Parses `bytes`, the content of a file named `fileName` (which, with the bytes, tells the format).
    ///
    /// A PDF or .doc is converted from a private temporary copy of exactly these bytes, so what is
    /// parsed is always what was hashed and kept, whether the bytes come from a file or the history.
    package func read(_ bytes: [UInt8], fileName: String, options: ParseOptions, logger: Logger? = nil) throws -> Result {
        var options = options
        if options.sha256.isEmpty { options.sha256 = SHA256.hex(bytes) }
        let table = try readTable(bytes, fileName: fileName, logger: logger)
        return Result(report: try table.table.report(options: options), converter: table.converter)
    }

    /// The tasks of `bytes` before region, year and period are read, and the converter used, if any.
    package func readTable(
        _ bytes: [UInt8], fileName: String, logger: Logger? = nil
    ) throws -> (table: ReadTable, converter: String?) {
        let format = FileFormat.detect(file: fileName, bytes: bytes)
        guard let format, let tool = ConverterTool.for(format) else {
            return (try ReportReader.table(of: bytes, file: fileName, limits: limits), nil)
        }
        if bytes.count > limits.maxFileBytes {
            throw ReadError.tooLarge(file: fileName, size: bytes.count, limit: limits.maxFileBytes)
        }
        let copy = try PrivateTemporaryFile(holding: bytes, of: fileName)
        defer { copy.remove() }
        let conversion = try converter.convert(copy.url, with: tool, named: fileName)
        logger?.info("converted with \(conversion.converter)", metadata: [
            "report.path": "\(fileName)", "converter": "\(conversion.converter)",
        ])
        switch tool.output {
        case .pdfLayout:
            return (try ReportReader.table(ofPDFLayout: conversion.text, file: fileName, limits: limits), conversion.converter)
        case .text:
            return (try ReportReader.table(of: conversion.text, file: fileName, limits: limits, format: .text), conversion.converter)
        }
    }
}
