import ArgumentParser
import Foundation
import GoalpostCore
import GoalpostService
import GoalpostStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the flat task history with lineage ids (CSV opens in Excel: UTF-8 with BOM).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @OptionGroup var store: StoreOptions

    @Option(help: "csv or json.")
    var format: Format = .csv

    @Option(help: "Only this region (default: every region).")
    var region: String?

    @Flag(help: "Same as --format json.")
    var json = false

    func run() throws {
        let settings = try store.settings()
        let history = store.history(try store.openExisting(), settings)
        let rows = try CommandFailure.guarding {
            try (region.map { [history.store.regionAliases.canonical($0)] } ?? history.store.regions()).flatMap { name in
                TaskHistoryExport.rows(sides: try history.currentSides(region: name), lineages: try history.lineages(region: name))
            }
        }
        if json || format == .json { return try JSONOutput.print(rows) }
        FileHandle.standardOutput.write(Data(TaskHistoryExport.csv(rows).utf8))
    }
}
