/// Why an external converter could not turn a file into text.
package enum ConversionError: Error, Equatable, CustomStringConvertible {
    case missingConverter(file: String, executable: String, debianPackage: String)
    case failed(file: String, executable: String, status: Int32, message: String)
    case timedOut(file: String, executable: String, seconds: Int)

    package var description: String {
        switch self {
        case .missingConverter(let file, let executable, let package):
            return "Cannot read '\(file.messageSafe(limit: 120))': the converter '\(executable)' is not installed (install the Debian package '\(package)')."
        case .failed(let file, let executable, let status, let message):
            let detail = message.isEmpty ? "" : ": \(message)"
            return "Cannot read '\(file.messageSafe(limit: 120))': '\(executable)' failed with exit status \(status)\(detail)."
        case .timedOut(let file, let executable, let seconds):
            return "Cannot read '\(file.messageSafe(limit: 120))': '\(executable)' did not finish within \(seconds) seconds and was stopped."
        }
    }
}
