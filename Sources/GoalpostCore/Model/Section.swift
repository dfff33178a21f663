/// A section row of a table (一、以更强的定力促产兴业…), grouping categories and tasks.
package struct Section: Sendable, Equatable, Codable {
    /// 1-based position of the section in the table.
    package var ordinal: Int
    /// The section title as written, ordinal prefix included.
    package var title: String

    package init(ordinal: Int, title: String) {
        self.ordinal = ordinal
        self.title = title
    }
}
