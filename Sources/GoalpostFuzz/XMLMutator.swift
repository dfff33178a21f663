/// Mutations of one XML part of a .docx/.xlsx archive, at the byte level so invalid UTF-8 survives:
/// attribute values the readers compute with (`r`, `ref`, `w:val` of `gridSpan`, shared-string
/// indexes, relationship targets), elements duplicated, removed or nested deeply, fragments inserted.
package enum XMLMutator {
    /// Attributes whose values the readers interpret.
    static let attributes = ["r", "ref", "w:val", "t", "Id", "Target", "r:id", "name", "sheetId", "s"]
    /// Elements worth duplicating or removing.
    static let elements = ["w:tc", "w:tr", "w:p", "w:tbl", "w:r", "row", "c", "si", "sheet", "Relationship", "mergeCell", "v", "is"]
    /// Values at the edges of what a cell reference, span, index or count may be.
    static let values = [
        "0", "-1", "1", "2", "99999999", "2147483648", "9223372036854775807", "-9223372036854775808",
        "99999999999999999999999", "A0", "A-1", "1A", "", " ", "XFD1048576", "A1048576", "XFD1", "ZZZZZZZZZZZZZZZZ1",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAA9999999999999999999", "B2:A1", "A1:XFD1048576", "A1:A1048576", "A1:B", "A1:A1:A1",
        "a1", "A\u{FF11}", "restart", "continue", "s", "inlineStr", "str", "b", "e", "n", "d",
        "rId1", "rId999", "../../../../etc/passwd", "/xl/worksheets/sheet1.xml", "worksheets/", "sheet1.xml#",
        "\u{0}", "工作表1", "Sheet1",
    ]
    /// Fragments inserted after a random tag: spans, merges, cells far away, unbalanced containers.
    static let fragments = [
        "<w:gridSpan w:val=\"99999999\"/>", "<w:gridSpan w:val=\"-3\"/>", "<w:gridSpan w:val=\"0\"/>", "<w:gridSpan/>",
        "<w:vMerge/>", "<w:vMerge w:val=\"restart\"/>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>",
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", "<w:br/>", "<w:tab/>",
        "<mc:AlternateContent><mc:Fallback>", "</mc:Fallback>", "<mc:Fallback/>", "<w:t>", "</w:t>",
        "<mergeCells><mergeCell ref=\"A1:A1048576\"/></mergeCells>", "<mergeCell ref=\"B3:XFD1048576\"/>",
        "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
        "<row r=\"0\">", "<row r=\"-9223372036854775808\"><c t=\"s\"><v>0</v></c></row>", "<c t=\"s\"><v>-1</v></c>",
        "<c r=\"A1\" t=\"s\"><v>9223372036854775807</v></c>", "<si><t>序号</t></si>", "<rPh><t>x", "</rPh>",
        "&#0;", "&#xD800;", "&#x110000;", "&amp;&lt;", "&undefined;", "<![CDATA[序号]]>", "<![CDATA[", "<!-- x -->", "<!--",
        "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "<\u{FF}\u{FE}/>", "<a:b:c:d/>", "<:/>",
    ]

    /// Applies one random XML mutation to `part`; returns its name.
    @discardableResult
    package static func mutate(_ part: inout [UInt8], using random: inout FuzzRandom) -> String {
        switch random.below(8) {
        case 0, 1: return replaceAttribute(&part, using: &random)
        case 2: return replaceElement(&part, duplicate: true, using: &random)
        case 3: return replaceElement(&part, duplicate: false, using: &random)
        case 4, 5:
            let fragment = random.pick(fragments.filter(FuzzAvoid.allows))
            let at = tagEnd(in: part, using: &random)
            part.insert(contentsOf: Array(fragment.utf8), at: at)
            return "xml:insert(\(fragment.debugDescription))@\(at)"
        case 6:
            let depth = random.size(upTo: 50_000)
            let opener = random.pick(["<w:tbl><w:tr><w:tc>", "<w:p>", "<row>", "<x>", "<si>", "<mc:Fallback>"])
            let at = tagEnd(in: part, using: &random)
            part.insert(contentsOf: Array(String(repeating: opener, count: depth).utf8), at: at)
            return "xml:nest(\(opener))x\(depth)@\(at)"
        default:
            let at = random.below(part.count + 1)
            if random.chance(1, in: 2) || FuzzAvoid.active.contains(.invalidUTF8XML) {
                part.removeSubrange(at...)
                return "xml:truncate@\(at)"
            }
            part.insert(contentsOf: random.pick(ByteMutator.invalidUTF8), at: at)
            return "xml:invalid-utf8@\(at)"
        }
    }

    private static func replaceAttribute(_ part: inout [UInt8], using random: inout FuzzRandom) -> String {
        let present = attributes.map { ($0, occurrences(of: Array(" \($0)=\"".utf8), in: part)) }.filter { !$0.1.isEmpty }
        guard !present.isEmpty else { return "xml:attribute-none" }
        let (name, starts) = random.pick(present)
        let value = random.pick(values.filter(FuzzAvoid.allows))
        let start = random.pick(starts)
        guard let end = part[start...].firstIndex(of: UInt8(ascii: "\"")) else { return "xml:attribute(\(name))-open" }
        part.replaceSubrange(start..<end, with: Array(value.utf8))
        return "xml:attribute(\(name)=\(value.debugDescription))@\(start)"
    }

    private static func replaceElement(_ part: inout [UInt8], duplicate: Bool, using random: inout FuzzRandom) -> String {
        let present = elements.map { name in
            (name, occurrences(of: Array("<\(name)".utf8), in: part).filter { index in
                index < part.count && (part[index] == UInt8(ascii: ">") || part[index] == UInt8(ascii: " ") || part[index] == UInt8(ascii: "/"))
            }.map { $0 - name.utf8.count - 1 })
        }.filter { !$0.1.isEmpty }
        guard !present.isEmpty else { return "xml:element-none" }
        let (name, opens) = random.pick(present)
        let open = random.pick(opens)
        let close = Array("</\(name)>".utf8)
        let end = occurrences(of: close, in: Array(part[open...])).first.map { open + $0 }
            ?? part[open...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? part.count
        if duplicate {
            let times = random.size(upTo: 2_000)
            let element = Array(part[open..<end])
            part.insert(contentsOf: Array(repeating: element, count: times).joined(), at: end)
            return "xml:duplicate(\(name))x\(times)@\(open)"
        }
        part.removeSubrange(open..<end)
        return "xml:remove(\(name))@\(open)"
    }

    /// Indexes just past each occurrence of `needle` in `haystack`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var result: [Int] = []
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                result.append(index + needle.count)
                index += needle.count
            } else {
                index += 1
            }
        }
        return result
    }

    /// A position just after a random `>` (the start when there is none).
    private static func tagEnd(in part: [UInt8], using random: inout FuzzRandom) -> Int {
        let ends = part.indices.filter { part[$0] == UInt8(ascii: ">") }
        return ends.isEmpty ? 0 : random.pick(ends) + 1
    }
}
