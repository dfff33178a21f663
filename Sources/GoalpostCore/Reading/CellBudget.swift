/// The cells the grids of one file may still grow to hold, shared by all its tables and sheets,
/// so many small tables cannot add up to what one large one may not.
package final class CellBudget {
    /// The cells the file's grids may hold together (``ReaderLimits/maxCells``).
    package let limit: Int
    /// The cells taken so far.
    package private(set) var taken = 0

    package init(limit: Int) {
        self.limit = limit
    }

    /// Takes `count` more cells; false, taking nothing, when that would pass the limit.
    package func take(_ count: Int) -> Bool {
        let (total, overflow) = taken.addingReportingOverflow(count)
        guard !overflow, total <= limit else { return false }
        taken = total
        return true
    }
}
