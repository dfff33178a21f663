import Foundation
import ZIPFoundation

@testable import GoalpostCore

/// Builds tiny hostile .docx/.xlsx/.html files in memory for the reader limit tests.
enum HostileFiles {
    /// The header row every table here starts with, so the table is the one read.
    static let header = ["序号", "工作任务", "完成情况"]

    /// A ZIP archive of `parts` (path, bytes), deflated unless `stored`.
    static func zip(_ parts: [(String, [UInt8])], stored: Bool = false) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: stored ? .none : .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }

    /// A .docx whose body holds `body` (WordprocessingML inside `<w:body>`).
    static func docx(body: [UInt8], stored: Bool = false) throws -> [UInt8] {
        let head = Array(#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="urn:w"><w:body>"#.utf8)
        return try zip([("word/document.xml", head + body + Array("</w:body></w:document>".utf8))], stored: stored)
    }

    /// A .docx table: the header row, then `rows` (each a list of `<w:tc>` elements).
    static func docxTable(_ rows: [String]) -> [UInt8] {
        let headerRow = "<w:tr>" + header.map(docxCell).joined() + "</w:tr>"
        return Array(("<w:tbl>" + headerRow + rows.map { "<w:tr>\($0)</w:tr>" }.joined() + "</w:tbl>").utf8)
    }

    /// One `<w:tc>` holding `text`, spanning `span` grid columns when given.
    static func docxCell(_ text: String) -> String { docxCell(text, span: nil) }

    static func docxCell(_ text: String, span: String?) -> String {
        let properties = span.map { #"<w:tcPr><w:gridSpan w:val="\#($0)"/></w:tcPr>"# } ?? ""
        return "<w:tc>\(properties)<w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
    }

    /// An .xlsx with one sheet named `Sheet1` whose `<sheetData>` is `sheetData` (raw bytes),
    /// `mergeCells` after it, and the shared strings `strings`.
    static func xlsx(sheetData: [UInt8], mergeCells: String = "", strings: [String] = header) throws -> [UInt8] {
        let workbook = #"<workbook xmlns:r="urn:r"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        let relations = #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#
        let shared = "<sst>" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
        let sheet = Array("<worksheet><sheetData>".utf8) + sheetData
            + Array("</sheetData>\(mergeCells.isEmpty ? "" : "<mergeCells>\(mergeCells)</mergeCells>")</worksheet>".utf8)
        return try zip([
            ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(relations.utf8)),
            ("xl/sharedStrings.xml", Array(shared.utf8)), ("xl/worksheets/sheet1.xml", sheet),
        ])
    }

    /// Sheet rows: the header (shared strings 0-2) on row 1, then `rows` verbatim.
    static func xlsxRows(_ rows: String) -> [UInt8] {
        let headerRow = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"#
        return Array((headerRow + rows).utf8)
    }

    /// An inline-string cell at `reference` holding `text`.
    static func inlineCell(_ reference: String, _ text: String) -> String {
        #"<c r="\#(reference)" t="inlineStr"><is><t>\#(text)</t></is></c>"#
    }

    /// The grid of `bytes` read as `file`, or the message it fails with.
    static func read(_ bytes: [UInt8], file: String, limits: ReaderLimits = .default) -> Result<CellGrid, Failure> {
        do {
            return .success(try ReportReader.grid(of: bytes, file: file, limits: limits))
        } catch {
            return .failure(Failure(message: "\(error)"))
        }
    }

    /// A read failure's message.
    struct Failure: Error, Equatable {
        var message: String
    }
}

extension Result where Failure == HostileFiles.Failure {
    /// The failure message, or nil when the read succeeded.
    var message: String? {
        if case .failure(let failure) = self { return failure.message }
        return nil
    }

    /// The grid, or nil when the read failed.
    var grid: Success? {
        if case .success(let grid) = self { return grid }
        return nil
    }
}
