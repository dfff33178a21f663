import ArgumentParser
import Foundation
import GoalpostStore

/// Prints a one-sentence diagnostic on stderr and exits: 64 for usage mistakes, 1 otherwise.
enum CommandFailure {
    static func message(_ text: String, code: Int32 = 1) -> ExitCode {
        FileHandle.standardError.write(Data(("goalpost: " + text + "\n").utf8))
        return ExitCode(code)
    }

    /// Runs `body`, turning errors into one-line diagnostics (bad references are usage errors).
    static func guarding<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            if case .badReference = error { throw message(error.description, code: ExitCode.validationFailure.rawValue) }
            throw message(error.description)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw message("\(error)")
        }
    }
}

/// Writes values to stdout as the contract's JSON.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
