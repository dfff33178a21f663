import Foundation
import ZIPFoundation

/// The parts of a .docx/.xlsx ZIP archive, read under ``ReaderLimits``.
///
/// The declared sizes of all entries are checked on opening, and the bytes actually inflated
/// are counted while reading, so an archive that lies about its sizes is stopped too. Every
/// part read is checked against its CRC-32, so damaged parts are refused rather than parsed.
final class OfficeArchive {
    /// The file name, for messages.
    let file: String
    private let archive: Archive
    private let limits: ReaderLimits
    private var inflated = 0

    /// Opens `bytes` as an archive; `format` (".docx") names the expected kind in messages.
    init(bytes: [UInt8], file: String, format: String, limits: ReaderLimits) throws {
        self.file = file
        self.limits = limits
        guard bytes.starts(with: [0x50, 0x4B]) else { throw ReadError.notAnArchive(file: file, format: format) }
        do {
            archive = try Self.open(bytes, file: file)
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError.notAnArchive(file: file, format: format)
        }
        let declared = archive.reduce(UInt64(0)) { $0 &+ $1.uncompressedSize }
        if declared > UInt64(limits.maxUncompressedBytes) {
            throw ReadError.archiveTooLarge(file: file, limit: limits.maxUncompressedBytes)
        }
    }

    /// `bytes` opened through an unlinked temporary file.
    ///
    /// ZIPFoundation's in-memory archive traps when an offset in the archive points past its end
    /// (its read stub then builds an inverted range); through a real file such a read just fails.
    private static func open(_ bytes: [UInt8], file: String) throws -> Archive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("goalpost-\(UUID().uuidString).zip")
        let attributes: [FileAttributeKey: Any] = [.posixPermissions: 0o600]
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes), attributes: attributes) else {
            throw ReadError.scratchUnavailable(file: file, directory: url.deletingLastPathComponent().path)
        }
        // The open archive keeps its file handle, so the name can go at once.
        defer { try? FileManager.default.removeItem(at: url) }
        return try Archive(url: url, accessMode: .read, pathEncoding: nil)
    }

    /// True when the archive has an entry at `path`.
    func contains(_ path: String) -> Bool {
        archive[path] != nil
    }

    /// The inflated bytes of the entry at `path`; throws ``ReadError/missingPart(file:part:)`` when
    /// absent and ``ReadError/damagedPart(file:part:)`` when its checksum does not match.
    func data(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw ReadError.missingPart(file: file, part: path) }
        // Only file entries are inflated in chunks; a symbolic link is read whole at its declared size.
        guard entry.type == .file else { throw ReadError.notAnArchive(file: file, format: format(of: file)) }
        var result = Data()
        let limit = limits.maxUncompressedBytes
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                inflated += chunk.count
                if inflated > limit { throw ReadError.archiveTooLarge(file: file, limit: limit) }
                result.append(chunk)
            }
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError.notAnArchive(file: file, format: format(of: file))
        }
        // A flipped bit in a stored or deflated part must not reach the XML parser.
        guard checksum == entry.checksum else { throw ReadError.damagedPart(file: file, part: path) }
        return result
    }

    private func format(of file: String) -> String {
        FileFormat.of(file: file).map { "." + $0.rawValue } ?? "Office"
    }
}
