/// The user's word on task links (`goalpost link` / `goalpost unlink`), which wins over scores.
package struct LinkDecisions: Sendable, Equatable, Codable {
    /// Links the user confirmed; each is made whatever its score, when both tasks are on the sides compared.
    package var confirmed: [TaskPair]
    /// Pairs that must never be linked.
    package var broken: [TaskPair]

    package init(confirmed: [TaskPair] = [], broken: [TaskPair] = []) {
        self.confirmed = confirmed
        self.broken = broken
    }

    /// No decisions.
    package static let none = LinkDecisions()
}
