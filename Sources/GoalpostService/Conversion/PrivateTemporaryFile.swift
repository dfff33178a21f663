import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file only this user can read, created with `mkstemp` in the temporary directory and holding
/// given bytes, for tools that need a path (pdftotext, antiword). ``remove()`` deletes it.
package struct PrivateTemporaryFile: Sendable {
    /// Where the bytes are.
    package let url: URL

    /// Creates the file (mode 0600, a name no other process holds) and writes `bytes`, the content
    /// of the file named `fileName`, into it; a failure names that file.
    package init(holding bytes: [UInt8], of fileName: String) throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("goalpost-original-XXXXXX").path
        var path = Array(template.utf8CString)
        let descriptor = path.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            throw IngestError.unreadable(file: fileName, reason: "cannot create its temporary copy '\(template)' (\(String(cString: strerror(errno))))")
        }
        url = URL(fileURLWithPath: String(decoding: path.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: bytes)
            try handle.close()
        } catch {
            try? handle.close()
            remove()
            throw IngestError.unreadable(file: fileName, reason: "cannot write its temporary copy '\(url.path)' (\(error.localizedDescription))")
        }
    }

    /// Deletes the file; a file already gone is no error.
    package func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
