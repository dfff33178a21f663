/// A pair of task ids, one in the earlier report and one in the later report.
package struct TaskPair: Sendable, Hashable, Codable {
    /// Task id in the earlier report.
    package var before: Int64
    /// Task id in the later report.
    package var after: Int64

    package init(before: Int64, after: Int64) {
        self.before = before
        self.after = after
    }
}
