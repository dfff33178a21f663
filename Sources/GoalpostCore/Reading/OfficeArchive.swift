import Foundation

/// The parts of a .docx/.xlsx ZIP archive, read under ``ReaderLimits``.
///
/// The archive is read in memory by ``ZipDirectory``: every offset and size it declares is
/// checked against the bytes. The declared sizes of all entries are checked on opening, and the
/// bytes actually inflated are counted while reading, so an archive that lies about its sizes is
/// stopped too. Every part read is checked against its size and CRC-32, so damaged parts are
/// refused rather than parsed.
final class OfficeArchive {
    /// The file name, for messages.
    let file: String
    private let bytes: ZipBytes
    private let directory: ZipDirectory
    private let limits: ReaderLimits
    private var inflated = 0

    /// Opens `bytes` as an archive; `format` (".docx") names the expected kind in messages.
    init(bytes: [UInt8], file: String, format: String, limits: ReaderLimits) throws {
        self.file = file
        self.limits = limits
        self.bytes = ZipBytes(bytes: bytes)
        guard bytes.starts(with: [0x50, 0x4B]) else { throw ReadError.notAnArchive(file: file, format: format) }
        do {
            directory = try ZipDirectory(self.bytes)
        } catch .zip64 {
            throw ReadError.zip64Archive(file: file)
        } catch {
            throw ReadError.notAnArchive(file: file, format: format)
        }
        // At most 65,535 sizes below 2^32 each: the sum cannot overflow.
        let declared = directory.entries.reduce(0) { $0 + $1.uncompressedSize }
        if declared > limits.maxUncompressedBytes {
            throw ReadError.archiveTooLarge(file: file, limit: limits.maxUncompressedBytes)
        }
    }

    /// True when the archive has an entry at `path`.
    func contains(_ path: String) -> Bool {
        directory[path] != nil
    }

    /// The inflated bytes of the entry at `path`; throws ``ReadError/missingPart(file:part:)`` when
    /// absent and ``ReadError/damagedPart(file:part:reason:)`` when it does not inflate or match.
    func data(_ path: String) throws -> Data {
        guard let entry = directory[path] else { throw ReadError.missingPart(file: file, part: path) }
        let limit = limits.maxUncompressedBytes
        do {
            let contents = try entry.contents(in: bytes, budget: max(0, limit - inflated))
            inflated += contents.count
            return Data(contents)
        } catch .overBudget {
            throw ReadError.archiveTooLarge(file: file, limit: limit)
        } catch .damaged(let reason) {
            throw ReadError.damagedPart(file: file, part: path, reason: reason)
        } catch {
            throw ReadError.notAnArchive(file: file, format: format(of: file))
        }
    }

    private func format(of file: String) -> String {
        FileFormat.of(file: file).map { "." + $0.rawValue } ?? "Office"
    }
}
