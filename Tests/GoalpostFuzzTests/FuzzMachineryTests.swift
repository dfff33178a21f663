import Foundation
import Testing
@testable import GoalpostFuzz

/// The fuzzer's own machinery: inputs are replayable, findings are located. (The fuzz run itself
/// is `goalpost-fuzz ci`, a separate command, not a test.)
struct FuzzMachineryTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    @Test(arguments: FuzzKind.formats)
    func sameSeedAndIterationGiveTheSameInput(kind: FuzzKind) throws {
        let generator = FormatInputGenerator(corpus: try SeedCorpus(fixtures: Self.fixtures))
        let seed = UInt64.random(in: 0...UInt64.max)
        print("seed \(seed)")
        for iteration in 0..<3 {
            let first = generator.input(kind: kind, seed: seed, iteration: iteration)
            let again = generator.input(kind: kind, seed: seed, iteration: iteration)
            #expect(first.bytes == again.bytes, "seed \(seed) iteration \(iteration)")
            #expect(first.mutations == again.mutations)
        }
    }

    @Test func historyScenariosAreReplayableFromTheirJSON() throws {
        let scenario = HistoryScenarioGenerator.scenario(seed: 7, iteration: 3)
        let json = try FindingSaver.encoder.encode(scenario)
        let decoded = try JSONDecoder().decode(HistoryScenario.self, from: json)
        #expect(try FindingSaver.encoder.encode(decoded) == json)
        #expect(try FindingSaver.encoder.encode(HistoryScenarioGenerator.scenario(seed: 7, iteration: 3)) == json)
    }

    @Test func diagnoseNamesTheMessageAndTheProjectFrameOfARuntimeBacktrace() {
        let text = """
            Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range
              0               0x00007f closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
              2 [ra]          0x00007e Array.subscript.getter + 124 in libswiftCore.so
              3 [ra]          0x000055 static XlsxReader.layOut(_:) + 80 in goalpost at /w/Sources/GoalpostCore/Reading/XlsxReader.swift:59:14
            """
        let (message, frame) = Finding.diagnose(standardError: text)
        #expect(message == "Index out of range")
        #expect(frame == "XlsxReader.swift:59")
    }

    @Test func diagnoseFollowsGdbPastALibraryFrame() {
        let text = """
            Program received signal SIGILL, Illegal instruction.
            #0  0x00005 in Swift runtime failure: Range requires lowerBound <= upperBound () at /w/.build/checkouts/ZIPFoundation/Sources/ZIPFoundation/Archive+MemoryFile.swift:59
            #2  0x00005 in $s13ZIPFoundation7ArchiveC10MemoryFile (buffer=...) at /w/.build/checkouts/ZIPFoundation/Sources/ZIPFoundation/Archive+MemoryFile.swift:59
            #15 0x00005 in $s12GoalpostCore13OfficeArchiveC5bytes () at /w/Sources/GoalpostCore/Reading/OfficeArchive.swift:21
            """
        let (message, frame) = Finding.diagnose(standardError: text)
        #expect(message == "Range requires lowerBound <= upperBound")
        #expect(frame == "Archive+MemoryFile.swift:59 (ZIPFoundation) ← OfficeArchive.swift:21")
    }

    @Test(arguments: [
        ("docx-s1-i3-fuzz.docx", FuzzKind.docx), ("xlsx-s1-i3-fuzz", .xlsx), ("history-s1-i3.json", .history),
        ("text-s1-i3-fuzz.md", .text), ("README.md", .text), ("notes.log", nil),
    ])
    func savedInputsAreReplayedByTheirKind(name: String, kind: FuzzKind?) {
        #expect(FuzzKind.of(fileName: name) == kind)
    }
}
