import Foundation
import ZIPFoundation

/// The parts of a .docx/.xlsx seed, unpacked once, and the archive rebuilt from (mutated) parts.
package struct OfficeParts: Sendable {
    /// Part paths and bytes in archive order.
    package var parts: [(path: String, bytes: [UInt8])]

    /// Unpacks a trusted seed archive; nil when it is not one or unpacks to more than 2 MB (the zip-bomb
    /// fixtures, which are then only mutated as archives).
    package init?(archive bytes: [UInt8]) {
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else { return nil }
        var parts: [(String, [UInt8])] = []
        var total = 0
        for entry in archive where entry.type == .file {
            var data = Data()
            guard entry.uncompressedSize < 8_000_000,
                (try? archive.extract(entry, skipCRC32: true) { data.append($0) }) != nil else { return nil }
            total += data.count
            parts.append((entry.path, Array(data)))
        }
        guard total < 2_000_000, !parts.isEmpty else { return nil }
        self.parts = parts
    }

    /// The XML parts the readers open (document, workbook, relationships, sheets, shared strings) first.
    package var interestingPaths: [String] {
        parts.map { $0.path }.filter { $0 == "word/document.xml" || $0.hasPrefix("xl/") && $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }
    }

    /// A ZIP archive of the parts; `stored` keeps them uncompressed; a fixed date keeps it reproducible.
    package func archive(stored: Bool) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let date = Date(timeIntervalSince1970: 1_704_067_200)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                compressionMethod: stored ? .none : .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
        }
        return Array(archive.data ?? Data())
    }
}
