import GoalpostCore

/// An external program that turns a file goalpost cannot read directly into text.
package struct ConverterTool: Sendable, Equatable {
    /// The executable's name, looked up on the search path.
    package var executable: String
    /// Arguments before the input path.
    package var arguments: [String]
    /// The Debian package that provides the executable, for the "install it" message.
    package var debianPackage: String
    /// What the converter writes.
    package var output: Output

    /// What a converter writes on stdout.
    package enum Output: Sendable, Equatable {
        /// Plain text, read as a text capture.
        case text
        /// pdftotext's `-bbox-layout` XHTML: words with their boxes.
        case pdfLayout
    }

    package init(executable: String, arguments: [String], debianPackage: String, output: Output = .text) {
        self.executable = executable
        self.arguments = arguments
        self.debianPackage = debianPackage
        self.output = output
    }

    /// pdftotext writes every word with its box (`-bbox-layout`, XHTML on stdout), so a table is
    /// read from positions (``PDFTableReader``).
    package static let pdftotext = ConverterTool(
        executable: "pdftotext", arguments: ["-bbox-layout", "-enc", "UTF-8"], debianPackage: "poppler-utils",
        output: .pdfLayout)

    /// antiword renders Word 97-2003 tables as pipe-separated rows; `-w 0` keeps paragraphs on one line.
    package static let antiword = ConverterTool(
        executable: "antiword", arguments: ["-m", "UTF-8.txt", "-w", "0"], debianPackage: "antiword")

    /// The tool for `format`, or nil when the core reads the format itself.
    package static func `for`(_ format: FileFormat) -> ConverterTool? {
        switch format {
        case .pdf: return .pdftotext
        case .doc: return .antiword
        default: return nil
        }
    }

    /// The full argument list for converting `path`, output on stdout.
    package func commandArguments(input path: String) -> [String] {
        executable == "pdftotext" ? arguments + [path, "-"] : arguments + [path]
    }
}
