import ArgumentParser
import GoalpostService
import GoalpostStore

struct Link: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Confirm that two tasks of one region are the same task; it wins over the computed links.",
        discussion: "Decisions are kept by region, period and task number, so they hold for corrected editions and reparses.")

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: DigestOptions

    @Argument(help: "A task: REPORT#NUMBER or task:ID.")
    var first: String

    @Argument(help: "The same task in another report.")
    var second: String

    func run() throws { try LinkDecision.record(store, output, first, second, .confirmed) }
}

struct Unlink: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Break a computed link: the two tasks are not the same task.")

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: DigestOptions

    @Argument(help: "A task: REPORT#NUMBER or task:ID.")
    var first: String

    @Argument(help: "The task it must not be linked to.")
    var second: String

    func run() throws { try LinkDecision.record(store, output, first, second, .broken) }
}

enum LinkDecision {
    static func record(_ options: StoreOptions, _ output: DigestOptions, _ first: String, _ second: String, _ kind: LinkDecisionKind) throws {
        let settings = try options.settings()
        let store = try options.openForWriting()
        let region = try CommandFailure.guarding { () throws -> String in
            let (a, b) = (try store.resolveTask(first), try store.resolveTask(second))
            try store.decide(before: a, after: b, kind)
            return try store.region(ofTask: b) ?? ""
        }
        let digests = try options.digestWriter(store, settings, output)
        try CommandFailure.guarding { try digests?.rewriteAll(region: region) }
        if digests == nil { DigestOptions.noteSkipped() }
        print("\(kind == .confirmed ? "linked" : "unlinked")  \(first)  \(second)")
    }
}

struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, add or remove goal-category aliases (a former name → its later name) used when comparing reports.")

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: DigestOptions

    @Argument(help: "The former category name.")
    var name: String?

    @Argument(help: "The name it continues as.")
    var canonical: String?

    @Flag(help: "Remove the alias of NAME.")
    var remove = false

    @Flag(help: "Print the aliases as JSON.")
    var json = false

    func validate() throws {
        if remove && (name == nil || canonical != nil) { throw ValidationError("--remove takes exactly one NAME.") }
        if !remove && (name == nil) != (canonical == nil) { throw ValidationError("Give NAME and the name it continues as, or nothing to list.") }
    }

    func run() throws {
        let settings = try store.settings()
        if let name {
            let history = try store.openForWriting()
            let digests = try store.digestWriter(history, settings, output)
            try CommandFailure.guarding {
                try history.setCategoryAlias(name, to: remove ? nil : canonical)
                for region in try history.regions() { try digests?.rewriteAll(region: region) }
            }
            if digests == nil { DigestOptions.noteSkipped() }
        }
        let stored = try store.openForReading().map { try $0.categoryAliases() } ?? [:]
        let all = settings.categoryAliases.merging(stored) { $1 }
        if json { return try JSONOutput.print(all) }
        if all.isEmpty { return print("No category aliases.") }
        for (from, to) in all.sorted(by: { $0.key < $1.key }) {
            print("\(from) → \(to)\(stored[from] == nil ? "  (configuration file)" : "")")
        }
    }
}
