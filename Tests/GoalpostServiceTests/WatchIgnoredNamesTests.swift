import Testing
@testable import GoalpostService

@Suite struct WatchIgnoredNamesTests {
    @Test(arguments: [
        ".hidden", ".DS_Store", "~$2023年报告.docx", ".~lock.报告.xlsx#", "~WRL0001.tmp", "upload.tmp",
        "report.docx.part", "report.xlsx.crdownload", ".report.txt.swp", "report.swp", ".~报告.docx",
        "报告.txt.error.txt", "REPORT.TMP", "x.PART",
    ])
    func ignoresLockTempAndSidecarNames(name: String) {
        #expect(IgnoredNames.default.isIgnored(fileName: name))
    }

    @Test(arguments: [
        "linan-2023-annual.txt", "2023年政府工作报告.docx", "report.xlsx", "tmp.docx", "part-1.csv",
        "error.txt", "a~$b.docx", "report.tmp.docx", "WRL.tmp.txt",
    ])
    func keepsOrdinaryReportNames(name: String) {
        #expect(!IgnoredNames.default.isIgnored(fileName: name))
    }

    @Test func matchesStarsAnywhereInAPattern() {
        let rules = IgnoredNames(patterns: ["a*b*c", "*x"])
        #expect(rules.isIgnored(fileName: "abc"))
        #expect(rules.isIgnored(fileName: "a--b--b--c"))
        #expect(!rules.isIgnored(fileName: "a--b--c-"))
        #expect(rules.isIgnored(fileName: "x"))
        #expect(!IgnoredNames(patterns: []).isIgnored(fileName: ".x"))
    }

    @Test func skipsOnlyHiddenDirectories() {
        #expect(IgnoredNames.default.isIgnored(directoryName: ".git"))
        #expect(!IgnoredNames.default.isIgnored(directoryName: "linan"))
        #expect(!IgnoredNames.default.isIgnored(directoryName: "drafts.tmp"))
    }
}
