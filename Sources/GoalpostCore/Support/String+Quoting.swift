extension StringProtocol {
    /// The text made safe for a one-line message: line breaks, tabs and other control characters
    /// escaped (`\n`, `\t`, `\u{1B}`), cut to `limit` characters with `…` when longer.
    ///
    /// Every piece of file content or file name that goes into an error message, a log line or a
    /// `failed/` sidecar passes through here, so a cell cannot forge a line of its own.
    package func messageSafe(limit: Int = 40) -> String {
        var result = ""
        var count = 0
        for character in self {
            guard count < Swift.max(limit, 1) else { return result + "…" }
            result += Self.escaped(character)
            count += 1
        }
        return result
    }

    private static func escaped(_ character: Character) -> String {
        switch character {
        case "\n", "\r\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let scalars = character.unicodeScalars
            guard scalars.contains(where: Self.isUnsafe) else { return String(character) }
            return scalars.map { Self.isUnsafe($0) ? "\\u{\(String($0.value, radix: 16, uppercase: true))}" : String($0) }
                .joined()
        }
    }

    /// C0 and C1 controls, DEL, and the line and paragraph separators.
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
