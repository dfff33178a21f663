/// A tolerant HTML tokenizer: start tags with attributes, end tags and text, never failing.
///
/// Real saved pages are not XML (unclosed `<p>`, bare `&`, upper-case tags), so nothing is
/// validated: comments, doctypes and processing instructions are skipped, the content of
/// `script`, `style`, `textarea` and `title`-less noise elements is skipped raw, and a `<` that
/// does not open a tag is text.
package enum HTMLTokenizer {
    /// One token of a page.
    package enum Token: Equatable {
        /// `<td rowspan="2">`: lower-case name, attributes with entities decoded.
        case start(name: String, attributes: [String: String])
        /// `</td>`: lower-case name.
        case end(name: String)
        /// Text between tags, entities decoded.
        case text(String)
    }

    /// Elements whose content is not page text and is skipped unparsed.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "noscript", "template"]

    /// The tokens of `html`, in order; entities in text and attribute values are decoded.
    package static func tokens(_ html: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var text = String.UnicodeScalarView()
        func flush() {
            if !text.isEmpty { tokens.append(.text(HTMLEntities.decode(String(text)))) }
            text = String.UnicodeScalarView()
        }
        while index < scalars.count {
            guard scalars[index] == "<", let (token, next) = tag(scalars, at: index) else {
                text.append(scalars[index])
                index += 1
                continue
            }
            flush()
            index = next
            guard let token else { continue }
            tokens.append(token)
            if case .start(let name, _) = token, rawTextElements.contains(name) {
                index = skipRaw(scalars, from: index, until: name)
            }
        }
        flush()
        return tokens
    }

    /// The token opened at `start` and the index after it; a nil token for skipped markup; nil when `<` is text.
    private static func tag(_ scalars: [Unicode.Scalar], at start: Int) -> (Token?, Int)? {
        guard start + 1 < scalars.count else { return nil }
        let next = scalars[start + 1]
        if next == "!" || next == "?" { return (nil, skipMarkup(scalars, from: start)) }
        let isEnd = next == "/"
        let nameStart = isEnd ? start + 2 : start + 1
        guard nameStart < scalars.count, scalars[nameStart].properties.isAlphabetic else { return nil }
        var cursor = nameStart
        while cursor < scalars.count, isNameScalar(scalars[cursor]) { cursor += 1 }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<cursor])).lowercased()
        var attributes: [String: String] = [:]
        cursor = HTMLAttributes.parse(scalars, from: cursor, into: &attributes)
        let end = min(cursor + 1, scalars.count)
        return (isEnd ? .end(name: name) : .start(name: name, attributes: attributes), end)
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":"
    }

    /// Skips `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[…]]>` and `<?…?>`.
    private static func skipMarkup(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        let isComment = start + 3 < scalars.count && scalars[start + 2] == "-" && scalars[start + 3] == "-"
        var cursor = start + 2
        while cursor < scalars.count {
            if scalars[cursor] == ">" && (!isComment || (scalars[cursor - 1] == "-" && scalars[cursor - 2] == "-")) {
                return cursor + 1
            }
            cursor += 1
        }
        return scalars.count
    }

    /// The index just past `</name>` (case-insensitive), or the end of the page.
    private static func skipRaw(_ scalars: [Unicode.Scalar], from start: Int, until name: String) -> Int {
        let closing = Array(("</" + name).unicodeScalars)
        var cursor = start
        while cursor + closing.count <= scalars.count {
            let candidate = scalars[cursor..<cursor + closing.count]
            if zip(candidate, closing).allSatisfy({ String($0).lowercased() == String($1) }) {
                while cursor < scalars.count, scalars[cursor] != ">" { cursor += 1 }
                return min(cursor + 1, scalars.count)
            }
            cursor += 1
        }
        return scalars.count
    }
}
