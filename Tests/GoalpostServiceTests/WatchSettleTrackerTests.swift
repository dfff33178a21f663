import Testing
@testable import GoalpostService

@Suite struct WatchSettleTrackerTests {
    let t0 = ContinuousClock.now

    @Test func recordedFileIsDueOnlyAfterTheQuietPeriod() {
        var tracker = SettleTracker(quietPeriod: .milliseconds(300))
        tracker.record("/in/a.txt", at: t0)
        #expect(tracker.nextDeadline == t0 + .milliseconds(300))
        #expect(tracker.due(at: t0 + .milliseconds(299)).isEmpty)
        #expect(tracker.due(at: t0 + .milliseconds(300)) == ["/in/a.txt"])
        #expect(tracker.due(at: t0 + .seconds(5)).isEmpty)
        #expect(tracker.nextDeadline == nil)
    }

    @Test func closingAgainRestartsTheQuietPeriod() {
        var tracker = SettleTracker(quietPeriod: .milliseconds(300))
        tracker.record("/in/a.txt", at: t0)
        tracker.record("/in/a.txt", at: t0 + .milliseconds(200))
        #expect(tracker.due(at: t0 + .milliseconds(400)).isEmpty)
        #expect(tracker.due(at: t0 + .milliseconds(500)) == ["/in/a.txt"])
    }

    @Test func modificationExtendsOnlyPendingFiles() {
        var tracker = SettleTracker(quietPeriod: .milliseconds(300))
        tracker.touch("/in/new.txt", at: t0)
        #expect(tracker.pendingPaths.isEmpty)
        tracker.record("/in/a.txt", at: t0)
        tracker.touch("/in/a.txt", at: t0 + .milliseconds(250))
        #expect(tracker.due(at: t0 + .milliseconds(500)).isEmpty)
        #expect(tracker.due(at: t0 + .milliseconds(550)) == ["/in/a.txt"])
    }

    @Test func zeroQuietPeriodMakesAFileDueAtOnce() {
        var tracker = SettleTracker(quietPeriod: .zero)
        tracker.record("/in/a.txt", at: t0)
        #expect(tracker.due(at: t0) == ["/in/a.txt"])
    }

    @Test func dueFilesComeInTheOrderFirstRecorded() {
        var tracker = SettleTracker(quietPeriod: .milliseconds(100))
        tracker.record("/in/b.txt", at: t0)
        tracker.record("/in/a.txt", at: t0 + .milliseconds(10))
        tracker.record("/in/b.txt", at: t0 + .milliseconds(20))
        #expect(tracker.due(at: t0 + .seconds(1)) == ["/in/b.txt", "/in/a.txt"])
    }

    @Test func forgottenFilesAreNeverDue() {
        var tracker = SettleTracker(quietPeriod: .milliseconds(100))
        tracker.record("/in/a.txt", at: t0)
        tracker.record("/in/sub/b.txt", at: t0)
        tracker.record("/in/subway.txt", at: t0)
        tracker.forget("/in/a.txt")
        tracker.forget(under: "/in/sub")
        #expect(tracker.due(at: t0 + .seconds(1)) == ["/in/subway.txt"])
    }

    @Test func pollTimeoutsRoundUpToWholeMilliseconds() {
        #expect(Duration.milliseconds(300).wholeMillisecondsRoundedUp == 300)
        #expect(Duration.microseconds(1).wholeMillisecondsRoundedUp == 1)
        #expect(Duration.seconds(2).wholeMillisecondsRoundedUp == 2000)
        #expect(Duration.zero.wholeMillisecondsRoundedUp == 0)
    }
}
