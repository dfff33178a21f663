import Testing
@testable import GoalpostService

@Suite struct WatchInotifyEventTests {
    func record(wd: Int32, mask: UInt32, name: String) -> [UInt8] {
        var length = name.utf8.count + 1
        length = (length + 15) / 16 * 16
        var bytes: [UInt8] = []
        withUnsafeBytes(of: wd.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt32(0)) { bytes += $0 }
        withUnsafeBytes(of: UInt32(name.isEmpty ? 0 : length).littleEndian) { bytes += $0 }
        if !name.isEmpty { bytes += Array(name.utf8) + Array(repeating: 0, count: length - name.utf8.count) }
        return bytes
    }

    @Test func parsesConsecutiveRecordsWithPaddedNames() {
        let buffer = record(wd: 1, mask: InotifyMask.closeWrite, name: "报告.txt")
            + record(wd: -1, mask: InotifyMask.queueOverflow, name: "")
            + record(wd: 2, mask: InotifyMask.create | InotifyMask.isDirectory, name: "linan")
        let events = buffer.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events == [
            InotifyEvent(wd: 1, mask: InotifyMask.closeWrite, name: "报告.txt"),
            InotifyEvent(wd: -1, mask: InotifyMask.queueOverflow, name: ""),
            InotifyEvent(wd: 2, mask: InotifyMask.create | InotifyMask.isDirectory, name: "linan"),
        ])
    }
}
