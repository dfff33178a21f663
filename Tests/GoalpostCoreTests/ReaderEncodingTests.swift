import Testing

@testable import GoalpostCore

/// Text captures decode the same from UTF-8 (with or without BOM), UTF-16 with BOM and GB18030.
struct ReaderEncodingTests {
    static let text = "2023年政府工作报告重点工作完成情况表\n序号 工作任务 完成情况\n1 建成“三块地”22853亩 已完成。\n"

    private func decoded(_ bytes: [UInt8]) throws -> String {
        try TextDecoding.decode(bytes, file: "t.txt")
    }

    @Test func utf8WithAndWithoutBOMDecodeAlike() throws {
        #expect(try decoded(Array(Self.text.utf8)) == Self.text)
        #expect(try decoded([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)) == Self.text)
    }

    @Test func utf16WithBOMDecodesInBothByteOrders() throws {
        let units = Array(Self.text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try decoded(little) == Self.text)
        #expect(try decoded(big) == Self.text)
    }

    @Test func gb18030FixtureDecodesToTheSampleText() throws {
        let sample = String(decoding: try ReaderFixtures.bytes("linan-2023-annual.txt"), as: UTF8.self)
        #expect(try decoded(try ReaderFixtures.bytes("formats/linan-2023.gb18030.txt")) == sample)
    }

    @Test func gb18030WebPageDecodes() throws {
        let report = try ReaderFixtures.report("formats/owner-2024-h1.gb18030.html")
        #expect(report.title == "2024年《政府工作报告》重点工作半年度进展情况")
    }
}

/// A capture cut in the middle of a multi-byte character still decodes.
struct ReaderTruncatedEncodingTests {
    @Test func utf8CutMidCharacterDropsOnlyThePartialCharacter() throws {
        let bytes = Array("完成情况".utf8)
        #expect(try TextDecoding.decode(Array(bytes.dropLast()), file: "t.txt") == "完成情")
    }
}
