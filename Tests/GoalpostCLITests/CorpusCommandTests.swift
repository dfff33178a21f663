import Foundation
import Testing

/// `goalpost corpus` reads a folder described by an expected.json and prints one line per file.
@Suite struct CorpusCommandTests {
    @Test func corpusPrintsOneLinePerFileAndASummaryPerSet() throws {
        try withTemporaryDirectory { folder throws in
            let header = "source: x\ncompleteness: full\n\n"
            let good = "2024年4月临安区民生实事项目进展情况\n序号 | 项目内容 | 牵头单位 | 落实情况 |\n1 | 新建公园1个。 | 区住建局 | 已完成。 |\n"
            let undated = "临安区民生实事项目进度表\n序号 | 项目内容 | 牵头单位 | 落实情况 |\n1 | 新建公园1个。 | 区住建局 | 已完成。 |\n"
            try Data((header + good).utf8).write(to: folder.appendingPathComponent("a.txt"))
            try Data((header + undated).utf8).write(to: folder.appendingPathComponent("b.txt"))
            try Data((header + "没有表格。\n").utf8).write(to: folder.appendingPathComponent("c.txt"))
            let expected = """
                {"a.txt": {"region": "临安区", "year": 2024, "asOfMonth": 4, "rows": 1},
                 "b.txt": {"region": "临安区", "year": 2024, "asOfMonth": null, "rows": 1},
                 "c.txt": {"region": "临安区", "year": 2024, "asOfMonth": 6, "rows": 2}}
                """
            try Data(expected.utf8).write(to: folder.appendingPathComponent("expected.json"))
            let result = try CLIRunner.run(["corpus", folder.path, "--held-out", "c.txt"])
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.contains("  ok   a.txt  rows 1/1  region 临安区  year 2024  month 4  layout pipe"))
            #expect(lines.contains { $0.hasPrefix("  MISS b.txt  rows 1/1  region 临安区  year - (want 2024)  month (none)") })
            #expect(lines.contains { $0.hasPrefix("  MISS c.txt  rows -/2  [rows region year month]  Cannot read 'c.txt': no table or numbered list") })
            #expect(lines.contains("== tuning (2 files)") && lines.contains("== held-out (1 files)"))
            #expect(lines.contains("  rows 2/2, region 2/2, year 1/2, month 2/2, all right 1/2"))
        }
    }

    @Test func corpusWithoutExpectationsSaysSo() throws {
        try withTemporaryDirectory { folder throws in
            let result = try CLIRunner.run(["corpus", folder.path])
            #expect(result.status == 1)
            #expect(result.stderr == "goalpost: Cannot check '\(folder.path)': it has no readable expected.json.\n")
        }
    }
}
