extension StringProtocol {
    /// The text with HTML line-break tags (`<br>`, `<br/>`, `<BR />`) turned into "\n".
    package func replacingBreakTags() -> String {
        var result = ""
        var rest = Substring(self)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let tail = rest[open...]
            if let close = tail.firstIndex(of: ">"), isBreakTag(tail[tail.index(after: open)..<close]) {
                result += "\n"
                rest = tail[tail.index(after: close)...]
            } else {
                result += "<"
                rest = tail.dropFirst()
            }
        }
        return result + rest
    }

    private func isBreakTag(_ inner: Substring) -> Bool {
        let name = inner.lowercased().filter { !$0.isWhitespace && $0 != "/" }
        return name == "br"
    }
}
