/// One task followed through the years of a region (任务脉络): its ids, span and unfinished years.
package struct TaskLineage: Sendable, Equatable, Codable {
    /// Stable id: the id of the chain's first (earliest) task, whatever the ingest order.
    package var lineageID: Int64
    /// Task ids in report order, earliest first.
    package var taskIDs: [Int64]
    /// First year the task is listed.
    package var firstYear: Int
    /// Last year the task is listed.
    package var lastYear: Int
    /// Years whose year-end report gives the task partial or in progress (a task with an end point,
    /// not delivered; ongoing and unclear are not unfinished).
    package var unfinishedYears: [Int]
    /// True when the task was unfinished at two or more consecutive year-ends (长期未完成).
    package var chronic: Bool

    package init(lineageID: Int64, taskIDs: [Int64], firstYear: Int, lastYear: Int, unfinishedYears: [Int]) {
        self.lineageID = lineageID
        self.taskIDs = taskIDs
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.unfinishedYears = unfinishedYears
        self.chronic = zip(unfinishedYears, unfinishedYears.dropFirst()).contains { $1 == $0 + 1 }
    }
}
