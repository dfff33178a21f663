import Foundation
import Testing
import ZIPFoundation

@testable import GoalpostCore

/// Seeded bit-flip fuzzing of the readers: a mutated file is read or refused, never a trap.
///
/// `GOALPOST_FUZZ_SEED` replays a run and `GOALPOST_FUZZ_ROUNDS` lengthens it (the default is a
/// short, fixed run for CI); the seed is printed so a failure can be replayed.
struct ReaderFuzzTests {
    private static let environment = ProcessInfo.processInfo.environment
    private static let seed = environment["GOALPOST_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_203
    private static let rounds = environment["GOALPOST_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 12

    @Test(arguments: [
        "linan-2023.docx", "linan-2023.xlsx", "linan-2023.html", "linan-2023.csv", "linan-2023.md",
        "linan-2023.pdftotext.txt",
    ])
    func flippedBitsInAFileAreReadOrRefused(fixture: String) throws {
        let original = try ReaderFixtures.bytes("formats/\(fixture)")
        var random = SplitMix(seed: Self.seed)
        print("fuzz \(fixture): seed \(Self.seed), \(Self.rounds) rounds")
        for _ in 0..<Self.rounds {
            _ = try? ReportReader.grid(of: random.flipped(original), file: fixture)
        }
    }

    /// The parts are mutated before zipping, so their checksums match and the XML reaches the parser.
    @Test(arguments: ["linan-2023.docx", "linan-2023.xlsx"])
    func flippedBitsInTheXMLPartsAreReadOrRefused(fixture: String) throws {
        let archive = try Archive(data: Data(try ReaderFixtures.bytes("formats/\(fixture)")), accessMode: .read)
        var parts: [(String, [UInt8])] = []
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts.append((entry.path, Array(data)))
        }
        var random = SplitMix(seed: Self.seed)
        print("fuzz \(fixture) parts: seed \(Self.seed), \(Self.rounds) rounds")
        for _ in 0..<Self.rounds {
            let mutated = parts.map { ($0.0, $0.0.hasSuffix(".xml") ? random.flipped($0.1) : $0.1) }
            _ = try? ReportReader.grid(of: HostileFiles.zip(mutated), file: fixture)
        }
    }
}

/// A small seeded generator (SplitMix64), so a fuzz run can be replayed from its seed.
private struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// `bytes` with one to four random bits flipped.
    mutating func flipped(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var result = bytes
        for _ in 0...(next() % 4) {
            let index = Int(next() % UInt64(result.count))
            result[index] ^= UInt8(1) << UInt8(next() % 8)
        }
        return result
    }
}
