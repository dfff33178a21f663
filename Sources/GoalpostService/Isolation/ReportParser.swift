import Logging

/// Answers parse requests: in this process, or in a resource-limited worker process.
package protocol ReportParser: Sendable {
    /// Parses the file `request` describes; never throws, every problem is a ``ParseResponse``.
    func respond(to request: ParseRequest) -> ParseResponse
}

/// Parses in the calling process: the CLI's parser, and the daemon's when isolation is off.
package struct InProcessParser: ReportParser {
    /// Runs pdftotext / antiword.
    package let converter: ExternalConverter
    /// Receives one line per conversion through an external converter.
    package let logger: Logger?

    package init(converter: ExternalConverter = ExternalConverter(), logger: Logger? = nil) {
        self.converter = converter
        self.logger = logger
    }

    package func respond(to request: ParseRequest) -> ParseResponse {
        ReportParsing.respond(to: request, converter: converter, logger: logger)
    }
}
