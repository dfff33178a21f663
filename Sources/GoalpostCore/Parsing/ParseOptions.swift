/// What the caller knows about a file beyond its cells: its name, hash and any forced metadata.
package struct ParseOptions: Sendable, Equatable {
    /// The file name used in messages and stored as the report's source.
    package var fileName: String
    /// Lower-case hex SHA-256 of the file's bytes.
    package var sha256: String
    /// Forces the region instead of inferring it from the text.
    package var region: String?
    /// Forces the year instead of reading it from the title.
    package var year: Int?
    /// Forces the as-of month instead of reading it from the title.
    package var asOfMonth: Int?
    /// Text that may name the region or year when the table does not (a folder name, say).
    package var context: [String]

    package init(
        fileName: String, sha256: String = "", region: String? = nil, year: Int? = nil,
        asOfMonth: Int? = nil, context: [String] = []
    ) {
        self.fileName = fileName
        self.sha256 = sha256
        self.region = region
        self.year = year
        self.asOfMonth = asOfMonth
        self.context = context
    }
}
