import Testing
import TestSupport

@Suite struct LayoutsCommandTests {
    @Test func listNamesEveryBuiltInLayout() throws {
        let result = try BanhuiProcess.run(["layouts", "list"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines.map { String($0.split(separator: "\t")[0]) } == [
            "banquet-1", "banquet-10", "banquet-3", "banquet-5", "county-auditorium", "meeting-room-long-table",
            "photo-stand", "rostrum-1-row", "rostrum-2-rows", "u-shaped-room",
        ])
    }

    @Test func showDrawsRowsWithAislesAndClosedSeats() throws {
        let result = try BanhuiProcess.run(["layouts", "show", "county-auditorium"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("共 20 排 560 座"))
        #expect(result.stdoutLines.contains("第 1排 ■□□□□□□□　　□□□□□□□□□□□□　　□□□□□□□■"))
    }

    @Test func showNumbersTablesByTheRules() throws {
        let result = try BanhuiProcess.run(["layouts", "show", "banquet-3"])
        #expect(result.stdout.contains("[2:10]") && result.stdout.contains("[1:12]") && result.stdout.contains("[3:10]"))
        let line = try #require(result.stdoutLines.first { $0.contains("[1:12]") })
        #expect(line.range(of: "[2:10]")!.lowerBound < line.range(of: "[1:12]")!.lowerBound, "table 2 on the drawing's left")
    }

    @Test func layoutsFolderFromTheEnvironment() throws {
        let directory = try Fixtures.temporaryDirectory()
        try Fixtures.write("title: 测试\nkind: hall\nrows: [\"ss\"]\ncolour: red\n", to: "bad.yaml", in: directory)
        let result = try BanhuiProcess.run(["layouts", "show", "bad"], environment: ["BANHUI_LAYOUTS": directory])
        #expect(result.exitCode == 2)
        #expect(result.stderrLines == ["\(directory)/bad.yaml:4:1: error: [PLAN002] 未知的键“colour”；可用的键：title, kind, rows, tables, door, shape"])
    }

    @Test func unknownLayoutSuggestsTheNearest() throws {
        let result = try BanhuiProcess.run(["layouts", "show", "banquet-30"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("是否为"))
    }
}
