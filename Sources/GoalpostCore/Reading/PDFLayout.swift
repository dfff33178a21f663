/// The text of a PDF with positions, as `pdftotext -bbox-layout` writes it: pages of blocks
/// (pdftotext's groups of lines, one per table cell in practice) of lines, each with its box.
package struct PDFLayout: Sendable, Equatable {
    /// A rectangle in PDF points, y growing downwards.
    package struct Box: Sendable, Equatable {
        package var xMin: Double
        package var yMin: Double
        package var xMax: Double
        package var yMax: Double

        var height: Double { yMax - yMin }
        var centerY: Double { (yMin + yMax) / 2 }

        /// The smallest box holding this one and `other`.
        func union(_ other: Box) -> Box {
            Box(xMin: min(xMin, other.xMin), yMin: min(yMin, other.yMin), xMax: max(xMax, other.xMax), yMax: max(yMax, other.yMax))
        }
    }

    package struct Word: Sendable, Equatable {
        package var text: String
        package var box: Box
    }

    package struct Line: Sendable, Equatable {
        package var words: [Word]
        package var box: Box

        /// The words joined: a space only where the page leaves one (a gap wider than a quarter
        /// of the line's height), so 腾出用能 / 3 / 万吨 set in two fonts read 腾出用能3万吨.
        package var text: String {
            var result = ""
            var previous: Box?
            for word in words where !word.text.isEmpty {
                if let previous, word.box.xMin - previous.xMax > max(previous.height, word.box.height) / 4 { result += " " }
                result += word.text
                previous = word.box
            }
            return result
        }

        init(words: [Word]) {
            self.words = words
            box = Box(
                xMin: words.map(\.box.xMin).min() ?? 0, yMin: words.map(\.box.yMin).min() ?? 0,
                xMax: words.map(\.box.xMax).max() ?? 0, yMax: words.map(\.box.yMax).max() ?? 0)
        }
    }

    package struct Block: Sendable, Equatable {
        package var lines: [Line]
        package var box: Box
        package var page: Int

        init(lines: [Line], box: Box, page: Int) {
            self.lines = lines
            self.box = box
            self.page = page
        }

        /// A block of `lines`, its box theirs.
        init(lines: [Line], page: Int) {
            let words = lines.flatMap(\.words)
            self.init(lines: lines, box: Line(words: words).box, page: page)
        }

        /// The block's text: wrapped lines joined (a line that fills the block continues on the
        /// next without a break), other line ends kept as `\n`.
        var text: String {
            var result = ""
            for (index, line) in lines.enumerated() {
                if index > 0 {
                    let previous = lines[index - 1]
                    let filled = previous.box.xMax >= box.xMax - max(2, previous.box.height * 1.5)
                    result += filled && !(previous.text.last?.isASCII ?? false && line.text.first?.isASCII ?? false) ? "" : "\n"
                }
                result += line.text
            }
            return result
        }
    }

    package var blocks: [Block]

    /// Most blocks read: a document of this many is far beyond any progress table.
    static let maxBlocks = 400_000

    /// Parses pdftotext's `-bbox-layout` XHTML; text outside `<word>` elements is ignored.
    package init(xhtml text: String) {
        var blocks: [Block] = []
        var page = 0
        var lines: [Line] = []
        var words: [Word] = []
        var blockBox: Box?
        var scanner = TagScanner(text)
        while let tag = scanner.nextTag(), blocks.count < Self.maxBlocks {
            switch tag.name {
            case "page": page += 1
            case "block":
                blockBox = tag.box
                lines = []
            case "/block":
                if let box = blockBox, !lines.isEmpty { blocks.append(Block(lines: lines, box: box, page: page)) }
                blockBox = nil
            case "line": words = []
            case "/line":
                if !words.isEmpty { lines.append(Line(words: words)) }
            case "word":
                if let box = tag.box { words.append(Word(text: HTMLEntities.decode(scanner.textUntilNextTag()), box: box)) }
            default: break
            }
        }
        self.blocks = blocks
    }

    /// The text in reading order, a line per line, for layouts that are not a grid.
    package var plainText: String {
        blocks.map { $0.lines.map(\.text).joined(separator: "\n") }.joined(separator: "\n")
    }
}

/// Walks the tags of pdftotext's XHTML: name, the box attributes, and the text after a tag.
private struct TagScanner {
    struct Tag {
        var name: Substring
        var box: PDFLayout.Box?
    }

    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    mutating func nextTag() -> Tag? {
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        guard index < bytes.count else { return nil }
        let start = index + 1
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
        guard index < bytes.count else { return nil }
        let inner = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        var name = inner.prefix { !$0.isWhitespace }
        if name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        return Tag(name: name, box: Self.box(in: inner))
    }

    /// The text from here to the next tag.
    mutating func textUntilNextTag() -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func box(in tag: String) -> PDFLayout.Box? {
        func value(_ name: String) -> Double? {
            guard let range = tag.range(of: name + "=\"") else { return nil }
            let number = tag[range.upperBound...].prefix { $0 != "\"" }
            return Double(number).flatMap { $0.isFinite ? $0 : nil }
        }
        guard let xMin = value("xMin"), let yMin = value("yMin"), let xMax = value("xMax"), let yMax = value("yMax") else {
            return nil
        }
        return PDFLayout.Box(xMin: xMin, yMin: yMin, xMax: max(xMin, xMax), yMax: max(yMin, yMax))
    }
}
