/// Decodes HTML character references: numeric (`&#8220;`, `&#x201C;`) and the named ones pages use.
package enum HTMLEntities {
    /// Named entities seen on government pages; others are left as written.
    static let named: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "middot": "\u{00B7}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "times": "\u{00D7}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "deg": "\u{00B0}", "plusmn": "\u{00B1}",
        "permil": "\u{2030}", "bull": "\u{2022}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
    ]

    /// `text` with its character references replaced.
    package static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0 != ";" && $0 != "&" && !$0.isWhitespace }
            if name.count <= 10, after.dropFirst(name.count).first == ";", let value = resolve(name) {
                result += value
                rest = after.dropFirst(name.count + 1)
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func resolve(_ name: Substring) -> String? {
        guard name.first == "#" else { return named[String(name)] }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
