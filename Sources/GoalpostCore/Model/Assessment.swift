/// The outcome of a task (已完成 / 超额完成 / 序时推进 / 滞后), judged from its texts.
package enum OutcomeStatus: String, Sendable, Codable, CaseIterable {
    case exceeded
    case met
    case partial
    case inProgress = "in_progress"
    case ongoing
    case unclear

    /// True for exceeded and met: the task was delivered.
    package var isDelivered: Bool { self == .exceeded || self == .met }

    /// True for partial and in progress: a task with an end point, not delivered. A continuing
    /// policy (ongoing) has no end point and an unclear one is not known: neither is unfinished.
    package var isUnfinished: Bool { self == .partial || self == .inProgress }

    /// The share of delivered tasks among those of `statuses` with an end point (every status but
    /// ongoing: a continuing policy is never delivered nor failed), rounded to 3 decimals; nil when
    /// there are none.
    package static func deliveredShare<S: Sequence>(_ statuses: S) -> Double? where S.Element == OutcomeStatus {
        var judged = 0
        var delivered = 0
        for status in statuses where status != .ongoing {
            judged += 1
            if status.isDelivered { delivered += 1 }
        }
        guard judged > 0 else { return nil }
        return (Double(delivered) / Double(judged) * 1000).rounded() / 1000
    }
}

/// Progress against the calendar (序时进度) for reports before month 12.
package enum Schedule: String, Sendable, Codable, CaseIterable {
    case ahead
    case onTrack = "on_track"
    case behind
}

/// What the quantities and status rules concluded about one task.
package struct TaskAssessment: Sendable, Equatable, Codable {
    /// Figures promised in the task text.
    package var targets: [Quantity]
    /// Figures reported in the progress text, each paired with a target where one fits.
    package var actuals: [Quantity]
    /// The computed outcome.
    package var status: OutcomeStatus
    /// One line: the figures compared or the words relied on.
    package var statusEvidence: String
    /// Calendar judgment for reports before month 12, else nil.
    package var schedule: Schedule?

    package init(
        targets: [Quantity], actuals: [Quantity], status: OutcomeStatus, statusEvidence: String, schedule: Schedule?
    ) {
        self.targets = targets
        self.actuals = actuals
        self.status = status
        self.statusEvidence = statusEvidence
        self.schedule = schedule
    }
}
