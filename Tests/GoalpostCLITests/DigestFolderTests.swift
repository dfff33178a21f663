import Foundation
import Testing

/// Where commands write digests: `--db` without `--home` never touches a home's digests.
@Suite struct DigestFolderTests {
    static var sample: String { CLIRunner.fixtures.appendingPathComponent("linan-2023-annual.txt").path }
    static var year2024: String { CLIRunner.fixtures.appendingPathComponent("years/linan-2024-annual.txt").path }

    @Test func ingestIntoAnotherDatabaseLeavesTheHomeDigestsAloneAndWritesNone() throws {
        try withSampleHome { home throws in
            try withTemporaryDirectory { folder throws in
                let before = try FolderSnapshot(home)
                #expect(before.files.keys.contains("digests/临安区/2023-12.md"))
                let db = folder.appendingPathComponent("other.sqlite").path
                let result = try CLIRunner.run(["ingest", "--db", db, Self.year2024], environment: ["GOALPOST_HOME": home.path])
                #expect(result.status == 0)
                #expect(try FolderSnapshot(home) == before)
                #expect(try FolderSnapshot(folder).files.keys.filter { !$0.hasPrefix("other.sqlite") }.isEmpty)
            }
        }
    }

    @Test func ingestIntoAnotherDatabaseWritesDigestsIntoTheFolderGiven() throws {
        try withSampleHome { home throws in
            try withTemporaryDirectory { folder throws in
                let before = try FolderSnapshot(home)
                let db = folder.appendingPathComponent("other.sqlite").path
                let digests = folder.appendingPathComponent("out")
                let result = try CLIRunner.run(
                    ["ingest", "--db", db, "--digests", digests.path, Self.year2024], environment: ["GOALPOST_HOME": home.path])
                #expect(result.status == 0)
                #expect(try FolderSnapshot(home) == before)
                #expect(try FolderSnapshot(digests).files.keys.sorted() == ["临安区/2024-12.json", "临安区/2024-12.md"])
            }
        }
    }

    @Test func forgetInAnotherDatabaseDoesNotPruneTheHomeDigests() throws {
        try withSampleHome { home throws in
            try withTemporaryDirectory { folder throws in
                let db = folder.appendingPathComponent("other.sqlite").path
                let environment = ["GOALPOST_HOME": home.path]
                #expect(try CLIRunner.run(["ingest", "--db", db, Self.sample]).status == 0)
                let before = try FolderSnapshot(home)
                #expect(try CLIRunner.run(["forget", "临安区/2023", "--db", db], environment: environment).status == 0)
                #expect(try FolderSnapshot(home) == before)
            }
        }
    }

    @Test func digestsListingForAnotherDatabaseListsNoHomesDigests() throws {
        try withSampleHome { home throws in
            try withTemporaryDirectory { folder throws in
                let db = folder.appendingPathComponent("other.sqlite").path
                let environment = ["GOALPOST_HOME": home.path]
                let list = try CLIRunner.run(["digests", "--db", db, "--json"], environment: environment)
                #expect((try list.json() as? [Any])?.isEmpty == true)
                let given = try CLIRunner.run(["digests", "--db", db, "--digests", home.appendingPathComponent("digests").path, "--json"])
                #expect((try given.json() as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["2023-12"])
            }
        }
    }

    /// Guards the rule's other half (main behaved so already): `--home` names the home to write.
    @Test func dbWithAnExplicitHomeWritesThatHomesDigests() throws {
        try withTemporaryDirectory { folder throws in
            let home = folder.appendingPathComponent("home")
            let db = folder.appendingPathComponent("other.sqlite").path
            #expect(try CLIRunner.run(["ingest", "--home", home.path, "--db", db, Self.sample]).status == 0)
            #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("digests/临安区/2023-12.md").path))
        }
    }
}

/// Every regular file under a folder (relative path → bytes), for byte-identical comparisons.
struct FolderSnapshot: Equatable {
    var files: [String: Data] = [:]

    init(_ folder: URL) throws {
        let root = folder.resolvingSymlinksInPath().path + "/"
        guard let walker = FileManager.default.enumerator(at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey]) else { return }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.resolvingSymlinksInPath().path.dropFirst(root.count))] = try Data(contentsOf: url)
        }
    }
}
