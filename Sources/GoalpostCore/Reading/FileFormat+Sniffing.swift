extension FileFormat {
    /// The format of `bytes` named `file`: the name's format, corrected by what the bytes are.
    ///
    /// Government sites often serve a web page or a newer Office file under an old name
    /// (`.doc` that is HTML, `.xls` that is a .xlsx archive), and users rename files. A ZIP
    /// archive is read as .docx or .xlsx by the part it holds, an OLE2 file as .doc, `%PDF` as
    /// PDF, and markup as HTML. Nil when neither the name nor the bytes give a readable format.
    package static func detect(file: String, bytes: [UInt8]) -> FileFormat? {
        let declared = of(file: file)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            if declared == .docx || declared == .xlsx { return declared }
            if contains(bytes, "word/") { return .docx }
            if contains(bytes, "xl/") { return .xlsx }
            return declared
        }
        // OLE2: a Word 97-2003 file named .docx is a .doc; an old .xls stays unsupported.
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return declared == .docx ? .doc : declared }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if declared != .html, looksLikeHTML(bytes) { return .html }
        return declared
    }

    private static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return ["<!doctype html", "<html", "<table", "<meta", "<head"].contains { start.hasPrefix($0) }
    }

    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            (0...(buffer.count - needle.count)).contains { start in
                buffer[start] == needle[0] && buffer[start..<start + needle.count].elementsEqual(needle)
            }
        }
    }
}
