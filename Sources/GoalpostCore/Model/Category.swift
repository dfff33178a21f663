/// A goal category (工作目标 / 类别) that groups tasks, e.g. 扩空间.
package struct Category: Sendable, Equatable, Codable {
    /// The name with wrapped lines joined (打造现代 + 农业 = 打造现代农业).
    package var name: String
    /// Ordinal of the section the category first appears in, if the table has sections.
    package var section: Int?
    /// 1-based position of the category in the table.
    package var order: Int

    package init(name: String, section: Int?, order: Int) {
        self.name = name
        self.section = section
        self.order = order
    }
}
