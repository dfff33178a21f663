import Foundation
import GoalpostCore
import Testing

@testable import GoalpostService

/// PDF and .doc files go through external converters; failures name the converter and the fix.
struct FormatConversionTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/formats")

    static var hasPdftotext: Bool { ExternalConverter().locate("pdftotext") != nil }

    private func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("goalpost-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// Writes an executable shell script named `name` into `directory`.
    private func script(_ name: String, in directory: URL, body: String) throws {
        let url = directory.appendingPathComponent(name)
        try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    private func failure(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func missingConverterNamesTheDebianPackage() {
        let reader = ReportFileReader(converter: ExternalConverter(searchPath: []))
        let url = Self.fixtures.appendingPathComponent("yuhang-2022-q1.pdf")
        let message = failure { _ = try reader.read([], fileName: url.lastPathComponent, options: ParseOptions(fileName: "yuhang-2022-q1.pdf")) }
        #expect(message == "Cannot read 'yuhang-2022-q1.pdf': the converter 'pdftotext' is not installed (install the Debian package 'poppler-utils').")
    }

    @Test(.enabled(if: hasPdftotext, "pdftotext (poppler-utils) is not installed"))
    func pdfIsReadThroughPdftotext() throws {
        let url = Self.fixtures.appendingPathComponent("yuhang-2022-q1.pdf")
        let reader = ReportFileReader()
        let options = ParseOptions(fileName: url.lastPathComponent, context: ["余杭区"])
        let result = try reader.read(try reader.bytes(of: url), fileName: url.lastPathComponent, options: options)
        #expect(result.converter == "pdftotext")
        #expect(result.report.tasks.count == 6 && result.report.categories.count == 4)
        #expect(result.report.region == "余杭区" && result.report.asOfMonth == 3)
    }

    /// Rows of `pdf` equal to the reference's (number, category, task, progress, owner; spaces ignored).
    private func exactRows(_ pdf: String, reference: String, region: String) throws -> (exact: Int, read: Int, expected: Int) {
        let reader = ReportFileReader()
        let url = Self.fixtures.appendingPathComponent(pdf)
        let options = ParseOptions(fileName: pdf, region: region)
        let report = try reader.read(try reader.bytes(of: url), fileName: pdf, options: options).report
        let expected = try ReportReader.read(
            Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(reference))),
            options: ParseOptions(fileName: reference, region: region))
        func key(_ task: ReportTask) -> String {
            [task.number, task.category ?? "-", task.task, task.progress, task.owner ?? "-"].map(CellText.squeezed).joined(separator: "|")
        }
        let wanted = Set(expected.tasks.map(key))
        return (report.tasks.filter { wanted.contains(key($0)) }.count, report.tasks.count, expected.tasks.count)
    }

    @Test(.enabled(if: hasPdftotext, "pdftotext (poppler-utils) is not installed"), arguments: [
        ("linan-2023.libreoffice.pdf", "linan-2023.reference.txt", 158),
        ("linan-2023.centred.libreoffice.pdf", "linan-2023.reference.txt", 156),
        ("owner-2024-h1.libreoffice.pdf", "owner-2024-h1.reference.txt", 14),
        ("yuhang-2022-q1.libreoffice.pdf", "yuhang-2022-q1.reference.txt", 6),
    ])
    func wordTableExportedToPDFIsReadFromWordPositions(pdf: String, reference: String, atLeast: Int) throws {
        let rows = try exactRows(pdf, reference: reference, region: "临安区")
        #expect(rows.read == rows.expected)
        #expect(rows.exact >= atLeast, "\(rows.exact) of \(rows.expected) rows exactly")
    }

    @Test func docIsReadThroughAntiwordAndTheOutcomeNamesIt() throws {
        try withTemporaryDirectory { directory in
            let pipe = Self.fixtures.appendingPathComponent("owner-2024-h1.pipe.txt").path
            try script("antiword", in: directory, body: "cat '\(pipe)'")
            let doc = directory.appendingPathComponent("report.doc")
            try Data("binary".utf8).write(to: doc)
            let reader = ReportFileReader(converter: ExternalConverter(searchPath: [directory.path]))
            let result = try reader.read(try reader.bytes(of: doc), fileName: doc.lastPathComponent, options: ParseOptions(fileName: "report.doc"))
            #expect(result.converter == "antiword")
            #expect(result.report.tasks.count == 14)
        }
    }

    @Test func failingConverterReportsItsStatusAndMessage() throws {
        try withTemporaryDirectory { directory in
            try script("pdftotext", in: directory, body: "echo 'Syntax Error: Couldn'\\''t find trailer dictionary' >&2; exit 1")
            let converter = ExternalConverter(searchPath: [directory.path])
            let message = failure { _ = try converter.convert(directory.appendingPathComponent("bad.pdf"), with: .pdftotext) }
            #expect(message == "Cannot read 'bad.pdf': 'pdftotext' failed with exit status 1: Syntax Error: Couldn't find trailer dictionary.")
        }
    }

    @Test func hangingConverterIsStoppedAfterTheTimeout() throws {
        try withTemporaryDirectory { directory in
            try script("antiword", in: directory, body: "exec sleep 30")
            let converter = ExternalConverter(searchPath: [directory.path], timeoutSeconds: 1)
            let message = failure { _ = try converter.convert(directory.appendingPathComponent("slow.doc"), with: .antiword) }
            #expect(message == "Cannot read 'slow.doc': 'antiword' did not finish within 1 seconds and was stopped.")
        }
    }

    @Test func fileOverTheSizeLimitIsNotReadIntoMemory() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("big report.csv")
            try Data(repeating: 0x41, count: 3 * 1_048_576).write(to: url)
            let reader = ReportFileReader(limits: ReaderLimits(maxFileBytes: 2 * 1_048_576))
            #expect(failure { _ = try reader.bytes(of: url) }
                == "Cannot read 'big report.csv': the file is 3 MB, over the 2 MB size limit (raise the limit in the configuration to read it).")
        }
    }

    @Test func oddFileNamesAreReadAndNamedInMessages() throws {
        try withTemporaryDirectory { directory in
            let name = "临安区 2023年 完成情况（终稿）" + String(repeating: "长", count: 60) + ".xlsx"
            let url = directory.appendingPathComponent(name)
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("linan-2023.xlsx"), to: url)
            let reader = ReportFileReader()
            let result = try reader.read(try reader.bytes(of: url), fileName: url.lastPathComponent, options: ParseOptions(fileName: name))
            #expect(result.report.tasks.count == 158 && result.report.sourceFile == name && result.converter == nil)
        }
    }
}
