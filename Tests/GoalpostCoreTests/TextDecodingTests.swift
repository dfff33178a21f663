import Testing
@testable import GoalpostCore

@Suite struct TextDecodingTests {
    static let text = "2023年临安区工作\n\t序号"

    @Test func decodesUTF8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array(Self.text.utf8), file: "a") == Self.text)
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8), file: "a") == Self.text)
    }

    @Test func decodesUTF16WithBOM() throws {
        let units = Array(Self.text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try TextDecoding.decode(little, file: "a") == Self.text)
        #expect(try TextDecoding.decode(big, file: "a") == Self.text)
    }

    @Test func decodesGB18030() throws {
        // "临安区" in GB18030 / GBK.
        let bytes: [UInt8] = [0xC1, 0xD9, 0xB0, 0xB2, 0xC7, 0xF8]
        #expect(try TextDecoding.decode(bytes, file: "a") == "临安区")
    }

    @Test func sampleInGB18030ParsesLikeUTF8() throws {
        let text = try Fixtures.text("linan-2023-annual.txt")
        let gbBytes = try #require(Self.encodeGB18030(text))
        let report = try ReportReader.read(gbBytes, options: ParseOptions(fileName: "gb.txt"))
        let original = try Fixtures.sample()
        #expect(report.tasks == original.tasks)
    }

    static func encodeGB18030(_ text: String) -> [UInt8]? {
        TextDecoding.iconv(Array(text.utf8), from: "UTF-8", to: "GB18030")
    }
}
