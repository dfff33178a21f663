import Foundation
import GoalpostCore

#if canImport(Glibc)
import Glibc
#endif

/// A place inside the inbox to move a file back to (`goalpost retry`), built from a recorded path
/// that is never trusted: it stays below the inbox, never through a symbolic link, `.` or `..`.
struct InboxPlace {
    /// The free name the file will have.
    let destination: RawPath

    /// The place for the `/`-separated `relative` bytes, creating missing sub-folders; nil when the
    /// path could leave the inbox, names a hidden or ignored entry, or a folder on it is not a real one.
    static func resolve(_ relative: [UInt8], in inbox: URL) throws -> InboxPlace? {
        let components = relative.split(separator: 0x2F).map(Array.init)
        guard let name = components.last, components.count <= InboxScanner.maxDepth,
              components.allSatisfy(isPlainComponent),
              !IgnoredNames.default.isIgnored(fileName: SafeName.text(of: name)) else { return nil }
        var folder = RawPath(inbox)
        for component in components.dropLast() {
            folder = folder.appending(component)
            guard try ensureFolder(folder) else { return nil }
        }
        return InboxPlace(destination: freeName(name, in: folder))
    }

    /// Moves `source` here: a rename (the watcher sees the file moved in), or on another file
    /// system a copy to a hidden name beside it and then the rename.
    func moveIn(from source: RawPath) throws {
        guard let code = source.rename(to: destination) else { return }
        guard code == EXDEV else { throw FailedFilesError.cannotMove(name: source.display, reason: String(cString: strerror(code))) }
        let folder = RawPath(bytes: Array(destination.bytes.dropLast(destination.lastComponent.count + 1)))
        let temporary = folder.appending(Array(".goalpost-retry-\(UUID().uuidString)".utf8))
        do {
            try FileManager.default.copyItem(at: source.url, to: temporary.url)
        } catch {
            throw FailedFilesError.cannotMove(name: source.display, reason: error.localizedDescription)
        }
        if let code = temporary.rename(to: destination) {
            _ = temporary.withCString { unlink($0) }
            throw FailedFilesError.cannotMove(name: source.display, reason: String(cString: strerror(code)))
        }
        _ = source.withCString { unlink($0) }
    }

    private static func isPlainComponent(_ component: [UInt8]) -> Bool {
        !component.isEmpty && component.first != 0x2E && !component.contains(0) && component.count <= 255
    }

    /// True when `folder` is (or was just made) a real folder, not a link or a file.
    private static func ensureFolder(_ folder: RawPath) throws -> Bool {
        if let identity = folder.identity() { return identity.kind == .directory }
        if folder.withCString({ mkdir($0, 0o755) }) != 0 && errno != EEXIST {
            throw FailedFilesError.cannotMove(name: folder.display, reason: String(cString: strerror(errno)))
        }
        return folder.identity()?.kind == .directory
    }

    /// `name` in `folder`, or `stem-2.ext`, `-3` … when taken (the stem cut so the name fits 255 bytes).
    private static func freeName(_ name: [UInt8], in folder: RawPath) -> RawPath {
        let dot = name.lastIndex(of: 0x2E).flatMap { $0 > 0 ? $0 : nil }
        let stem = dot.map { Array(name[..<$0]) } ?? name
        let ext = dot.map { Array(name[$0...]) } ?? []
        var candidate = folder.appending(name)
        var counter = 2
        while candidate.identity() != nil {
            let suffix = Array("-\(counter)".utf8) + ext.prefix(32)
            candidate = folder.appending(Array(stem.prefix(max(1, 255 - suffix.count))) + suffix)
            counter += 1
        }
        return candidate
    }
}
