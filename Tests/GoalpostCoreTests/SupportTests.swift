import Testing
@testable import GoalpostCore

@Suite struct SupportTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesKnownVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test(arguments: [
        ("2\n../../PWNED", "2\\n../../PWNED"),
        ("a\tb\r\u{1B}[31m", "a\\tb\\r\\u{1B}[31m"),
        ("行\u{2028}分", "行\\u{2028}分"),
        ("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十超出", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…"),
    ])
    func messageSafeTextIsOneShortLine(input: String, expected: String) {
        #expect(input.messageSafe() == expected)
        #expect(!input.messageSafe().contains { $0.isNewline })
    }

    @Test(arguments: [("临安区", "临安区"), ("a/b", "a_b"), (".", "_."), ("..", "_.."), ("", "_"), (".hidden", "_.hidden"),
                      ("余杭\n区", "余杭_区"), ("c:\\d", "c__d")])
    func regionFolderIsOneSafeComponent(region: String, folder: String) {
        #expect(RegionFolder.name(region) == folder)
    }

    @Test func longRegionsGetDistinctFoldersThatFit() {
        let first = String(repeating: "临安", count: 50) + "甲区"
        let second = String(repeating: "临安", count: 50) + "乙区"
        #expect(RegionFolder.name(first).utf8.count <= RegionFolder.maxBytes)
        #expect(RegionFolder.name(first) != RegionFolder.name(second))
        #expect(RegionFolder.name(first).hasPrefix("临安临安"))
    }

    @Test(arguments: ["", " ", ".", "..", " . . ", "\u{3000}"])
    func emptyOrDotRegionsAreNotUsable(region: String) {
        #expect(!RegionFolder.isUsable(region))
    }

    @Test func sha256OfAMillionAs() {
        let bytes = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hex(bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [("abc", 3), ("临安区", 6), ("临安2023", 8), ("１２", 4), ("", 0)])
    func displayWidthCountsChineseAsTwoColumns(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func truncationRespectsDisplayWidth() {
        #expect(DisplayWidth.truncate("临安区政府", to: 7) == "临安区…")
        #expect(DisplayWidth.truncate("abc", to: 7) == "abc")
    }

    @Test func tableAlignsChineseColumnsAndFitsTheWidth() {
        let table = TerminalTable(
            headers: ["#", "category", "task"],
            rows: [["1", "扩空间", "以工业用地履约监管为总抓手，建立项目盯引"], ["10", "亚运筹办工作", "short"]],
            flexible: [2])
        let lines = table.render(maxWidth: 40).split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        let taskColumn = lines.map { line in DisplayWidth.of(line.prefix { $0 != "以" && $0 != "s" && $0 != "t" }) }
        #expect(Set(taskColumn.dropFirst()).count == 1)
        #expect(lines[1].hasSuffix("…"))
    }

    @Test func cellTextDropsBlankLinesAndTrims() {
        #expect(CellText.join(["  a；", "", " b "]) == "a；\nb")
        #expect(CellText.squeezed("打造现代\n\n农业") == "打造现代农业")
    }
}
