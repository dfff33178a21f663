import Foundation
import GoalpostCore

/// A file waiting in the inbox, found by name bytes so that any name the file system allows is seen.
package struct InboxFile: Sendable, Equatable {
    /// Where it is.
    package var path: RawPath
    /// Its path below the inbox, `/`-separated bytes.
    package var relative: [UInt8]
    /// Size, modification time and inode when it was listed.
    package var identity: FileIdentity
}

/// Lists the files waiting in the inbox, oldest first, skipping ignored names and hidden folders
/// (the claim folder among them).
package struct InboxScanner: Sendable {
    package let inbox: URL
    /// Deepest sub-folder level looked into.
    static let maxDepth = 16

    package init(inbox: URL) {
        self.inbox = inbox
    }

    /// Candidate files (regular files and symbolic links) in arrival order: modification time, then path.
    package func candidates() -> [InboxFile] {
        var found: [InboxFile] = []
        collect(RawPath(inbox), relative: [], into: &found, depth: 0)
        return found.sorted {
            $0.identity.modified == $1.identity.modified
                ? $0.relative.lexicographicallyPrecedes($1.relative) : $0.identity.modified < $1.identity.modified
        }
    }

    private func collect(_ folder: RawPath, relative: [UInt8], into found: inout [InboxFile], depth: Int) {
        guard depth < Self.maxDepth, let names = folder.entries() else { return }
        for name in names {
            let path = folder.appending(name)
            let below = relative.isEmpty ? name : relative + [0x2F] + name
            let text = SafeName.text(of: name)
            guard let identity = path.identity() else { continue }
            switch identity.kind {
            case .directory where !IgnoredNames.default.isIgnored(directoryName: text):
                collect(path, relative: below, into: &found, depth: depth + 1)
            case .regular, .symbolicLink:
                if IgnoredNames.default.isIgnored(fileName: text) { continue }
                found.append(InboxFile(path: path, relative: below, identity: identity))
            default: continue
            }
        }
    }

    /// The file at `path` if it is a candidate in this inbox (a watcher's report), nil otherwise.
    package func file(at path: RawPath) -> InboxFile? {
        let root = RawPath(inbox.standardizedFileURL).bytes + [0x2F]
        guard path.bytes.starts(with: root), let identity = path.identity(),
              identity.kind == .regular || identity.kind == .symbolicLink else { return nil }
        let relative = Array(path.bytes.dropFirst(root.count))
        let components = relative.split(separator: 0x2F, omittingEmptySubsequences: false)
        guard let last = components.last, components.count <= Self.maxDepth,
              !IgnoredNames.default.isIgnored(fileName: SafeName.text(of: Array(last))),
              !components.dropLast().contains(where: { IgnoredNames.default.isIgnored(directoryName: SafeName.text(of: Array($0))) })
        else { return nil }
        return InboxFile(path: path, relative: relative, identity: identity)
    }
}
