/// Reads the attributes of an HTML start tag: quoted, unquoted and bare (`nowrap`).
enum HTMLAttributes {
    /// Parses attributes from `start` up to the tag's `>`, returning the index of that `>` (or the end).
    static func parse(_ scalars: [Unicode.Scalar], from start: Int, into attributes: inout [String: String]) -> Int {
        var cursor = start
        while cursor < scalars.count, scalars[cursor] != ">" {
            if scalars[cursor].properties.isWhitespace || scalars[cursor] == "/" {
                cursor += 1
                continue
            }
            let nameStart = cursor
            while cursor < scalars.count, !isNameEnd(scalars[cursor]) { cursor += 1 }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<cursor])).lowercased()
            while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
            var value = ""
            if cursor < scalars.count, scalars[cursor] == "=" {
                cursor += 1
                while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
                (value, cursor) = readValue(scalars, from: cursor)
            }
            if !name.isEmpty && attributes[name] == nil { attributes[name] = HTMLEntities.decode(value) }
            if cursor == nameStart { cursor += 1 }
        }
        return cursor
    }

    private static func isNameEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "=" || scalar == ">" || scalar == "/"
    }

    private static func readValue(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int) {
        guard start < scalars.count else { return ("", start) }
        let quote = scalars[start]
        if quote == "\"" || quote == "'" {
            var cursor = start + 1
            while cursor < scalars.count, scalars[cursor] != quote { cursor += 1 }
            let value = String(String.UnicodeScalarView(scalars[(start + 1)..<min(cursor, scalars.count)]))
            return (value, min(cursor + 1, scalars.count))
        }
        var cursor = start
        while cursor < scalars.count, !scalars[cursor].properties.isWhitespace, scalars[cursor] != ">" { cursor += 1 }
        return (String(String.UnicodeScalarView(scalars[start..<cursor])), cursor)
    }
}
