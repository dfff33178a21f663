/// The region alias table: names users and offices use (临安市, a folder `linan`) → one canonical region.
package struct RegionAliases: Sendable, Equatable {
    package let table: [String: String]

    package init(_ table: [String: String]) {
        self.table = table
    }

    /// The canonical name of `name`; ASCII names (folder names) are compared case-insensitively.
    package func canonical(_ name: String) -> String {
        if let alias = table[name] { return alias }
        let lower = name.lowercased()
        return table.first { $0.key.lowercased() == lower }?.value ?? name
    }
}
