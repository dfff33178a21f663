/// One side of a diff item: the task as the reader needs it to find and cite it.
package struct DiffTaskRef: Sendable, Equatable, Codable {
    /// Store id of the task.
    package var id: Int64
    /// Number as written.
    package var number: String
    /// Goal category, nil when the table has none.
    package var category: String?
    /// Task text as written.
    package var task: String
    /// Outcome, nil when unknown.
    package var status: OutcomeStatus?

    package init(id: Int64, number: String, category: String?, task: String, status: OutcomeStatus?) {
        self.id = id
        self.number = number
        self.category = category
        self.task = task
        self.status = status
    }

    /// The reference to a task of a comparison side.
    package init(_ task: DiffTask) {
        self.init(id: task.id, number: task.number, category: task.category, task: task.task, status: task.status)
    }

    private enum CodingKeys: String, CodingKey {
        case id, number, category, task, status
    }

    /// Encodes every field, missing values as JSON null.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(number, forKey: .number)
        try container.encode(category, forKey: .category)
        try container.encode(task, forKey: .task)
        try container.encode(status, forKey: .status)
    }
}
