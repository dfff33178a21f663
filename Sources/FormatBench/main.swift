import Foundation
import GoalpostCore
import GoalpostService

// Times reading + parsing each file given (or each file in the folders given), per format.
// Usage: swift run -c release FormatBench DIR-OR-FILE… [--iterations N]
// Files come from `python3 Scripts/make-format-fixtures.py --bench DIR`. A .pdf's time includes
// running pdftotext; its .pdftotext.txt shows the parse alone.

let arguments = Array(CommandLine.arguments.dropFirst())
var iterations = 10
var paths: [String] = []
var index = 0
while index < arguments.count {
    if arguments[index] == "--iterations", index + 1 < arguments.count {
        iterations = max(1, Int(arguments[index + 1]) ?? iterations)
        index += 2
    } else {
        paths.append(arguments[index])
        index += 1
    }
}

func files(in path: String) -> [URL] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
    guard isDirectory.boolValue else { return [URL(fileURLWithPath: path)] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.sorted().map { URL(fileURLWithPath: path).appendingPathComponent($0) }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let reader = ReportFileReader()
let clock = ContinuousClock()
print("file\ttasks\tmedian_ms\tmin_ms\tconverter")
for url in paths.flatMap(files) {
    do {
        let bytes = try reader.bytes(of: url)
        let options = ParseOptions(fileName: url.lastPathComponent)
        var result = try reader.read(bytes, fileName: url.lastPathComponent, options: options)
        var timings: [Double] = []
        for _ in 0..<iterations {
            let elapsed = try clock.measure { result = try reader.read(bytes, fileName: url.lastPathComponent, options: options) }
            timings.append(milliseconds(elapsed))
        }
        timings.sort()
        let median = timings[timings.count / 2]
        print(String(format: "%@\t%d\t%.2f\t%.2f\t%@", url.lastPathComponent, result.report.tasks.count, median,
                     timings[0], result.converter ?? "-"))
    } catch {
        print("\(url.lastPathComponent)\tfailed: \(error)")
    }
}
