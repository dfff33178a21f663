/// The values each numeric setting accepts; anything outside (or not finite) is refused with a message.
///
/// The bounds keep every duration and size representable wherever the daemon converts it
/// (milliseconds as `Int`, bytes as `Int`), and within what makes sense for a drop folder.
package enum SettingRanges {
    /// Seconds a file written in place must be quiet before it is read: 0 to an hour.
    package static let quietPeriod: ClosedRange<Double> = 0...3600
    /// Seconds between full inbox scans: 1 second to a day.
    package static let reconcileInterval: ClosedRange<Double> = 1...86_400
    /// Seconds between polling looks: 10 ms to an hour.
    package static let pollInterval: ClosedRange<Double> = 0.01...3600
    /// Seconds a shutdown waits for the file in hand: 0 to an hour.
    package static let shutdownGrace: ClosedRange<Double> = 0...3600
    /// Largest file accepted, in bytes: 1 byte to 4 GiB.
    package static let maxFileSize: ClosedRange<Int> = 1...4_294_967_296
    /// Seconds of CPU time the worker reading one file may use: 1 second to a day.
    package static let fileCPULimit: ClosedRange<Int> = 1...86_400
    /// Bytes of address space the worker reading one file may map: 256 MiB (a worker has about
    /// 200 MiB mapped, libraries and reserved malloc arenas, when its limit applies) to 1 TiB.
    package static let fileMemoryLimit: ClosedRange<Int> = 268_435_456...1_099_511_627_776
}
