/// Line-level mutations of text captures, CSV, TSV and web pages: rows duplicated, dropped and
/// swapped, huge cells and long lines, separators, parser words, extreme figures, line endings,
/// encodings, and deep or broken markup.
package enum TextMutator {
    /// Applies one random line-level mutation; `html` adds markup mutations; returns its name.
    @discardableResult
    package static func mutate(_ bytes: inout [UInt8], html: Bool, using random: inout FuzzRandom) -> String {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if lines.isEmpty { lines = [[]] }
        let name: String
        switch random.below(html ? 12 : 10) {
        case 0: name = duplicateLines(&lines, using: &random)
        case 1:
            let at = random.below(lines.count)
            let count = min(random.size(upTo: 200), lines.count - at)
            lines.removeSubrange(at..<at + count)
            name = "text:delete-lines\(count)@\(at)"
        case 2:
            let (a, b) = (random.below(lines.count), random.below(lines.count))
            lines.swapAt(a, b)
            name = "text:swap-lines\(a),\(b)"
        case 3: name = hugeCell(&lines, using: &random)
        case 4: name = insert(random.pick(FuzzVocabulary.tokens), into: &lines, using: &random)
        case 5: name = replaceFigure(&lines, using: &random)
        case 6: name = insert(String(repeating: random.pick(["\t", "|", ",", "\"", "  "]), count: random.size(upTo: 64)), into: &lines, using: &random)
        case 7:
            let ending: [UInt8] = random.pick([[0x0D, 0x0A], [0x0D], [0x0A, 0x0A], [0x0B], [0xE2, 0x80, 0xA8]])
            bytes = Array(lines.joined(separator: ending))
            return "text:line-endings\(ending)"
        case 8:
            let at = random.below(lines.count + 1)
            lines.insert(contentsOf: Array(repeating: [], count: random.size(upTo: 2000)), at: at)
            name = "text:blank-lines@\(at)"
        case 9: return reencode(&bytes, using: &random)
        case 10: name = insert(random.pick(FuzzVocabulary.markup), into: &lines, using: &random)
        default: name = nest(&lines, using: &random)
        }
        bytes = Array(lines.joined(separator: [0x0A]))
        return name
    }

    private static func duplicateLines(_ lines: inout [[UInt8]], using random: inout FuzzRandom) -> String {
        let at = random.below(lines.count)
        let count = min(random.size(upTo: 40), lines.count - at)
        let bytes = lines[at..<at + count].reduce(0) { $0 + $1.count + 1 }
        let times = random.size(upTo: max(1, min(3_000 / max(count, 1), 3_000_000 / max(bytes, 1))))
        let block = Array(lines[at..<at + count])
        lines.insert(contentsOf: Array(repeating: block, count: times).joined(), at: at)
        return "text:duplicate-lines\(count)x\(times)@\(at)"
    }

    private static func hugeCell(_ lines: inout [[UInt8]], using random: inout FuzzRandom) -> String {
        let at = random.below(lines.count)
        let unit: [UInt8] = lines[at].isEmpty ? Array("很长的单元格".utf8) : lines[at]
        let times = random.size(upTo: max(1, 1_000_000 / max(unit.count, 1)))
        lines[at] = Array(Array(repeating: unit, count: times).joined())
        return "text:huge-cell\(unit.count)x\(times)@\(at)"
    }

    private static func insert(_ token: String, into lines: inout [[UInt8]], using random: inout FuzzRandom) -> String {
        let at = random.below(lines.count)
        if random.chance(1, in: 3) {
            lines.insert(Array(token.utf8), at: at)
        } else {
            lines[at].insert(contentsOf: Array(token.utf8), at: random.below(lines[at].count + 1))
        }
        return "text:insert(\(token.debugDescription))@\(at)"
    }

    /// Replaces a run of digits with an extreme figure (or inserts one where a line has none).
    private static func replaceFigure(_ lines: inout [[UInt8]], using random: inout FuzzRandom) -> String {
        let figure = random.pick(FuzzVocabulary.figures)
        let at = random.below(lines.count)
        var line = lines[at]
        guard let start = line.firstIndex(where: { (0x30...0x39).contains($0) }) else {
            lines[at] = line + Array(figure.utf8)
            return "text:figure(\(figure))@\(at)"
        }
        let end = line[start...].firstIndex { !(0x30...0x39).contains($0) && $0 != 0x2E } ?? line.endIndex
        line.replaceSubrange(start..<end, with: Array(figure.utf8))
        lines[at] = line
        return "text:figure(\(figure))@\(at)"
    }

    /// Re-encodes valid UTF-8 as UTF-16 (either order, with BOM) or adds a stray BOM.
    private static func reencode(_ bytes: inout [UInt8], using random: inout FuzzRandom) -> String {
        guard let text = String(validating: bytes, as: UTF8.self), random.chance(2, in: 3) else {
            bytes.insert(contentsOf: random.pick([[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]), at: 0)
            return "text:bom"
        }
        let littleEndian = random.chance(1, in: 2)
        var encoded: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            encoded += littleEndian ? pair : pair.reversed()
        }
        if random.chance(1, in: 4), !encoded.isEmpty { encoded.removeLast() }
        bytes = encoded
        return "text:utf16\(littleEndian ? "le" : "be")"
    }

    /// Wraps a line in deeply nested markup (tables in cells, unclosed elements).
    private static func nest(_ lines: inout [[UInt8]], using random: inout FuzzRandom) -> String {
        let depth = random.size(upTo: 20_000)
        let opener = random.pick(["<table><tr><td>", "<td>", "<tr>", "<div>", "<table>", "<td colspan=\"2\">"])
        let at = random.below(lines.count)
        lines.insert(Array(String(repeating: opener, count: depth).utf8), at: at)
        return "html:nest(\(opener))x\(depth)@\(at)"
    }
}
