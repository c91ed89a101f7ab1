import Foundation
import Testing
import TestSupport

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SortCommandTests {
    @Test func strokesFromStandardInput() throws {
        // TC-21: all 7 strokes, ordered by the first differing stroke.
        let result = try BanhuiProcess.run(["sort"], stdin: "陈\n张\n何\n吴\n李\n")
        #expect(result.exitCode == 0)
        #expect(result.stdoutLines == ["李", "吴", "何", "张", "陈"])
    }

    @Test(arguments: [("strokes", ["田大利", "田富"]), ("surname-strokes", ["田富", "田大利"])])
    func modes(_ mode: String, _ expected: [String]) throws {
        let result = try BanhuiProcess.run(["sort", "--by", mode], stdin: "田富\n田大利\n")
        #expect(result.stdoutLines == expected)
    }

    @Test func pinyinUsesSurnameReadings() throws {
        let result = try BanhuiProcess.run(["sort", "--by", "pinyin"], stdin: "单明\n邓亮\n曾强\n")
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == ["邓亮", "单明", "曾强"])
    }

    @Test func csvKeepsHeaderAndWholeRows() throws {
        let result = try BanhuiProcess.run(["sort", Fixtures.path("Tests/CLITests/Fixtures/seating/names.csv")])
        #expect(result.stdoutLines == ["姓名,单位", "李明,县委办", "吴刚,县委", "何强,县政府办", "张华,县政府", "陈平,县委"])
    }

    /// cli.md: cells a spreadsheet would run as formulas get a leading `'`, in every column.
    @Test func formulaLikeCellsAreNeutralised() throws {
        let input = "姓名,单位\n张三,=HYPERLINK(\"http://x\")\n李四,\"+1,1\"\n=cmd|' /C calc'!A0,@SUM(A1)\n"
        let result = try BanhuiProcess.run(["sort"], stdin: input)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == ["姓名,单位", "李四,\"'+1,1\"", "张三,'=HYPERLINK(\"http://x\")", "'=cmd|' /C calc'!A0,'@SUM(A1)"])
    }

    /// A roster CSV (id first) sorts by its 姓名 column, found by the header, which stays first.
    @Test func rosterCSVSortsByItsNameColumn() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("编号,姓名,单位\nR1,陈平,县委\nR2,李明,县委办\nR3,\"张华\",县政府\n", to: "roster.csv", in: folder)
        let result = try BanhuiProcess.run(["sort", "roster.csv"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == ["编号,姓名,单位", "R2,李明,县委办", "R3,\"张华\",县政府", "R1,陈平,县委"])
        let english = try BanhuiProcess.run(["sort", "--by", "pinyin"], stdin: "id,name\n1,单明\n2,邓亮\n")
        #expect(english.stdoutLines == ["id,name", "2,邓亮", "1,单明"], "单 reads Shàn as a surname")
    }

    @Test func missingCharacterIsLocated() throws {
        let result = try BanhuiProcess.run(["sort"], stdin: "张三\n王鿯\n")
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == ["<stdin>:2:1: error: [SEAT005] 姓名“王鿯”中的“鿯”不在姓名笔画数据中，无法排序"])
    }

    @Test func missingFileIsAUsageError() throws {
        let result = try BanhuiProcess.run(["sort", "/nonexistent/names.txt"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("无法读取"))
    }
}
