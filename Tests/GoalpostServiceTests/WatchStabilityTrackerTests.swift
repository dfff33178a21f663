import Testing
@testable import GoalpostService

@Suite struct WatchStabilityTrackerTests {
    func look(_ files: [String: Int64]) -> [String: FileSignature] {
        files.mapValues { FileSignature(size: $0, modifiedSeconds: Int($0)) }
    }

    @Test func newFileIsReportedAfterTwoEqualLooksAndOnlyOnce() {
        var tracker = StabilityTracker()
        tracker.baseline([:])
        #expect(tracker.observe(look(["/in/a": 10])).isEmpty)
        #expect(tracker.observe(look(["/in/a": 10])) == ["/in/a"])
        #expect(tracker.observe(look(["/in/a": 10])).isEmpty)
    }

    @Test func growingFileWaitsUntilItStopsGrowing() {
        var tracker = StabilityTracker()
        tracker.baseline([:])
        for size in [10, 20, 30, 40] as [Int64] {
            #expect(tracker.observe(look(["/in/a": size])).isEmpty)
        }
        #expect(tracker.observe(look(["/in/a": 40])) == ["/in/a"])
    }

    @Test func baselineFilesAreNotReportedUnlessTheyChange() {
        var tracker = StabilityTracker()
        tracker.baseline(look(["/in/old": 5, "/in/busy": 1]))
        #expect(tracker.observe(look(["/in/old": 5, "/in/busy": 2])).isEmpty)
        #expect(tracker.observe(look(["/in/old": 5, "/in/busy": 2])) == ["/in/busy"])
    }

    @Test func changedFileIsReportedAgainOnceStable() {
        var tracker = StabilityTracker()
        tracker.baseline(look(["/in/a": 1]))
        #expect(tracker.observe(look(["/in/a": 2])).isEmpty)
        #expect(tracker.observe(look(["/in/a": 2])) == ["/in/a"])
        #expect(tracker.observe(look(["/in/a": 3])).isEmpty)
        #expect(tracker.observe(look(["/in/a": 3])) == ["/in/a"])
    }

    @Test func fileRemovedAndDroppedAgainIsNew() {
        var tracker = StabilityTracker()
        tracker.baseline(look(["/in/a": 1]))
        #expect(tracker.observe([:]).isEmpty)
        #expect(tracker.observe(look(["/in/a": 1])).isEmpty)
        #expect(tracker.observe(look(["/in/a": 1])) == ["/in/a"])
    }
}
