import GoalpostCore

/// A user's judgment of a task's outcome (`goalpost override`), with the reason and when.
package struct StatusOverride: Sendable, Equatable, Codable {
    package var status: OutcomeStatus
    package var reason: String
    /// ISO-8601 time of the decision.
    package var at: String
}
