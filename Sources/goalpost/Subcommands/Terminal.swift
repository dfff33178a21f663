import Foundation
import GoalpostCore

#if canImport(Glibc)
import Glibc
#endif

/// Facts about the terminal the CLI writes to.
enum Terminal {
    /// Columns available: $COLUMNS, else the terminal's width, else 120 when not a terminal.
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 120
    }

    /// Prints `table` fitted to the terminal.
    static func print(_ table: TerminalTable) {
        Swift.print(table.render(maxWidth: width))
    }
}
