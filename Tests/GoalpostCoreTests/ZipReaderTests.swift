import Foundation
import Testing

@testable import GoalpostCore

/// The in-memory ZIP reader refuses archives whose directory, offsets or streams do not hold
/// together with a clean error, in bounded time.
struct ZipReaderTests {
    typealias H = HostileFiles

    /// A deflated one-table .docx, large enough that half its stream is still a valid prefix.
    private static func document() throws -> [UInt8] {
        let rows = (1...200).map { H.docxCell("\($0)") + H.docxCell("建成公园\($0)号") }
        return try H.docx(body: H.docxTable(rows))
    }

    /// The offset of the first central directory record of `bytes`.
    private static func centralRecord(_ bytes: [UInt8]) throws -> Int {
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        return try #require((0...(bytes.count - 4)).first { Array(bytes[$0..<$0 + 4]) == signature })
    }

    /// `bytes` with the 32-bit little-endian `value` written at `offset`.
    private static func patched(_ bytes: [UInt8], at offset: Int, _ value: UInt32) -> [UInt8] {
        var result = bytes
        result.replaceSubrange(offset..<offset + 4, with: (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) })
        return result
    }

    private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }

    @Test func deflatedPartCutBeforeItsStreamEndIsDamaged() throws {
        let bytes = try Self.document()
        let record = try Self.centralRecord(bytes)
        // Halve the central directory's compressed size: the stream stops short of its end marker.
        let cut = Self.patched(bytes, at: record + 20, Self.uint32(bytes, at: record + 20) / 2)
        #expect(H.read(cut, file: "x.docx").message
            == "Cannot read 'x.docx': 'word/document.xml' is damaged (its compressed data ends before the end of its stream); refused.")
    }

    @Test func archiveCutInsideItsOnlyStreamIsNotAnArchive() throws {
        let bytes = try Self.document()
        #expect(H.read(Array(bytes.prefix(bytes.count / 2)), file: "x.docx").message
            == "Cannot read 'x.docx': it is not a valid .docx file (not a ZIP archive).")
    }

    @Test func partWhoseDataRunsPastTheEndIsDamaged() throws {
        let bytes = try Self.document()
        let record = try Self.centralRecord(bytes)
        let long = Self.patched(bytes, at: record + 20, 0x7FFF_FFFF)
        #expect(H.read(long, file: "x.docx").message
            == "Cannot read 'x.docx': 'word/document.xml' is damaged (its data runs past the end of the archive); refused.")
    }

    @Test func localHeaderOffsetPastTheEndIsRefused() throws {
        let bytes = try Self.document()
        let record = try Self.centralRecord(bytes)
        let far = Self.patched(bytes, at: record + 42, UInt32(bytes.count))
        #expect(H.read(far, file: "x.docx").message == "Cannot read 'x.docx': the archive has no 'word/document.xml'.")
    }

    @Test func zip64MarkerIsRefused() throws {
        let bytes = try Self.document()
        let record = try Self.centralRecord(bytes)
        #expect(H.read(Self.patched(bytes, at: record + 42, 0xFFFF_FFFF), file: "x.docx").message
            == "Cannot read 'x.docx': it is a ZIP64 archive, which no Office file under the size limits needs; refused.")
    }

    @Test func centralDirectoryPastTheEndIsNotAnArchive() throws {
        let bytes = try Self.document()
        // The end record is the last 22 bytes (no comment); its directory offset is 16 bytes in.
        let moved = Self.patched(bytes, at: bytes.count - 6, UInt32(bytes.count))
        #expect(H.read(moved, file: "x.docx").message
            == "Cannot read 'x.docx': it is not a valid .docx file (not a ZIP archive).")
    }

    @Test func partLongerThanItsDeclaredSizeIsDamaged() throws {
        let bytes = try Self.document()
        let record = try Self.centralRecord(bytes)
        let size = Self.uint32(bytes, at: record + 24)
        #expect(H.read(Self.patched(bytes, at: record + 24, size - 1), file: "x.docx").message
            == "Cannot read 'x.docx': 'word/document.xml' is damaged (it holds \(size) bytes, not the \(size - 1) its directory entry declares); refused.")
    }

    /// Found by fuzzing (seed 4242): ZIPFoundation's inflate loop never ended on this stream.
    @Test func streamRunningToTheEndOfTheFileEndsInAnError() throws {
        let bytes = try ReaderFixtures.bytes("fuzz/docx-zip-extract-endless.docx")
        let message = try #require(H.read(bytes, file: "x.docx").message)
        #expect(message.hasPrefix("Cannot read 'x.docx': 'word/document.xml' is damaged ("))
    }
}
