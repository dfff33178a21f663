/// The outcome of matching two reports: task links and the category correspondence they imply.
package struct TaskMatchResult: Sendable, Equatable {
    /// One-to-one links, sorted by earlier task id.
    package var links: [TaskLink]
    /// Which categories correspond.
    package var categories: CategoryCorrespondence

    package init(links: [TaskLink], categories: CategoryCorrespondence) {
        self.links = links
        self.categories = categories
    }
}
