import Foundation
import Testing
@testable import GoalpostService

@Suite struct WatchFileSystemKindTests {
    @Test(arguments: [
        (UInt32(0x6969), "nfs"), (0x517B, "smb"), (0xFF53_4D42, "cifs"), (0xFE53_4D42, "smb2"),
        (0x6573_5546, "fuse"), (0x0102_1997, "9p"), (0x00C3_6400, "ceph"),
    ])
    func networkAndFuseFileSystemsSendNoEvents(magic: UInt32, name: String) {
        let kind = FileSystemKind.classify(magic: magic)
        #expect(kind == .withoutEvents(name: name))
        #expect(!kind.sendsEvents)
    }

    @Test(arguments: [UInt32(0xEF53), 0x0102_1994, 0x794C_7630, 0x5846_5342, 0x9123_683E])
    func localFileSystemsSendEvents(magic: UInt32) {
        #expect(FileSystemKind.classify(magic: magic) == .local)
    }

    @Test func temporaryDirectoryIsLocal() throws {
        #expect(FileSystemKind.detect(path: NSTemporaryDirectory()).sendsEvents)
        #expect(FileSystemKind.detect(path: "/no/such/folder") == .unknown)
    }
}
