extension Duration {
    /// Whole milliseconds, rounded up so a `poll()` timeout never wakes before a deadline.
    var wholeMillisecondsRoundedUp: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    }
}
