/// Derived names that always fit one path component, from any text or byte sequence.
///
/// A file may arrive under any name the file system allows: invalid UTF-8, control characters,
/// 255 bytes. Every name goalpost derives from one (an archive copy, a failed file, its sidecar,
/// a region folder) goes through here, so it is valid UTF-8, is neither hidden nor `.`/`..`,
/// contains no separator, and leaves room for the suffixes added after it (`-2`, `.error.txt`).
package enum SafeName {
    /// `bytes` as text: valid UTF-8 kept, each invalid byte written `%XX`. With `reversible`, `%`
    /// itself is written `%25`, so ``bytes(of:)`` gives back exactly the bytes.
    package static func text(of bytes: [UInt8], reversible: Bool = false) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            if let (character, length) = character(in: bytes, at: index), !(reversible && character == "%") {
                result += character
                index += length
            } else {
                result += "%" + hex(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// The bytes a ``text(of:reversible:)`` with `reversible` stood for; nil when a `%` is not followed by two hex digits.
    package static func bytes(of text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < utf8.count {
            guard utf8[index] == 0x25 else {
                result.append(utf8[index])
                index += 1
                continue
            }
            guard index + 2 < utf8.count, let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2]) else { return nil }
            result.append(high << 4 | low)
            index += 3
        }
        return result
    }

    /// A safe component from `text`: `/`, `\`, `:` and control characters become `_`, a leading dot
    /// or an empty name gets a `_` in front, and a name over `maxBytes` UTF-8 bytes is cut at a
    /// character boundary and ends with `~` and 8 hex digits of the SHA-256 of `identity` (so two
    /// long names never meet), before the extension when `keepExtension` is set.
    package static func component(_ text: String, maxBytes: Int, identity: [UInt8], keepExtension: Bool = false) -> String {
        var cleaned = String(text.map { isUnsafe($0) ? "_" : $0 })
        if cleaned.isEmpty || cleaned.hasPrefix(".") { cleaned = "_" + cleaned }
        guard cleaned.utf8.count > maxBytes else { return cleaned }
        let ext = keepExtension ? shortExtension(of: cleaned) : ""
        let suffix = "~" + SHA256.hex(identity).prefix(8) + ext
        var cut = ""
        for character in cleaned.dropLast(ext.count) {
            guard cut.utf8.count + character.utf8.count + suffix.utf8.count <= maxBytes else { break }
            cut.append(character)
        }
        return cut + suffix
    }

    /// A file name derived from the name bytes a file arrived with: at most 240 bytes, leaving room
    /// for a `-N` counter and the `.error.txt` of a sidecar within the 255 a file system allows.
    package static func fileName(from bytes: [UInt8], maxBytes: Int = 240) -> String {
        component(text(of: bytes), maxBytes: maxBytes, identity: bytes, keepExtension: true)
    }

    private static func isUnsafe(_ character: Character) -> Bool {
        "/\\:".contains(character) || character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// `.ext` when the name ends in a short ASCII extension (at most 8 letters or digits), else "".
    private static func shortExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let ext = name[name.index(after: dot)...]
        guard (1...8).contains(ext.count), ext.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return "" }
        return "." + ext
    }

    /// The UTF-8 character starting at `index` and its length, nil when the byte there starts none.
    private static func character(in bytes: [UInt8], at index: Int) -> (String, Int)? {
        for length in 1...4 where index + length <= bytes.count {
            if let decoded = String(validating: bytes[index..<(index + length)], as: UTF8.self) { return (decoded, length) }
        }
        return nil
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case 0x30...0x39: return digit - 0x30
        case 0x41...0x46: return digit - 0x41 + 10
        case 0x61...0x66: return digit - 0x61 + 10
        default: return nil
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
