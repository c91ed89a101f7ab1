import Foundation
import TestSupport
import Testing

/// `quota` loads, validates and seats every plan through the same engine as `check`: a plan that
/// `check` rejects is an input error of `quota` with the same code, in every report format.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct QuotaSeatingTests {
    /// Five people on a rostrum of two seats (SEAT001), or a zone in an unknown layout (SEAT003).
    static let rejected: [(name: String, zone: String, code: String)] = [
        ("crowded", "{zone: 主席台, kind: rostrum, rows: [2], people: all}", "SEAT001"),
        ("unknown-layout", "{zone: 台下, kind: hall, layout: no-such-hall, people: all}", "SEAT003"),
    ]

    static func plan(zone: String) -> String {
        """
        version: 1
        meeting: {id: seat-check, title: 座次检查会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00, staff: 2}
        units: [县委, 县政府]
        people:
          - {id: P1, name: 张建国, unit: 县委, rank: 县处级正职}
          - {id: P2, name: 李文华, unit: 县政府, rank: 县处级正职}
          - {id: P3, name: 王海波, unit: 县委, rank: 县处级副职}
          - {id: P4, name: 赵明, unit: 县委, rank: 县处级副职}
          - {id: P5, name: 刘志强, unit: 县政府, rank: 乡科级正职}
        seating:
          - \(zone)
        """
    }

    @Test(arguments: rejected)
    func aPlanCheckRejectsIsAnInputErrorOfQuotaInEveryFormat(_ name: String, _ zone: String, _ code: String) throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(Self.plan(zone: zone), to: "plans/\(name).yaml", in: folder)
        let check = try BanhuiProcess.run(["check", "plans/\(name).yaml"], in: folder)
        #expect(check.exitCode == 2)
        let checkLine = try #require(check.stderrLines.first { $0.contains("[\(code)]") }, "\(check.stderr)")
        let location = String(checkLine.prefix { $0 != " " })  // plans/x.yaml:12:5:

        let quota = try BanhuiProcess.run(["quota", "plans", "--format", "text", "--format", "json", "--format", "sarif",
                                           "--format", "junit", "--format", "github",
                                           "--output", "q.txt", "--output", "q.json", "--output", "q.sarif",
                                           "--output", "q.xml", "--output", "q.github"], in: folder)
        #expect(quota.exitCode == 2, "\(quota.stdout)\(quota.stderr)")
        #expect(quota.stderrLines.contains(checkLine), "quota prints check's line: \(quota.stderr)")
        // The text report counts the file with input errors; its lines are check's, on stderr.
        #expect(try String(contentsOfFile: folder + "/q.txt", encoding: .utf8).contains("1 个文件有输入错误"))
        for report in ["q.json", "q.sarif", "q.xml", "q.github"] {
            let text = try String(contentsOfFile: folder + "/" + report, encoding: .utf8)
            #expect(text.contains(code), "\(report): \(text)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/q.json"))) as? [String: Any]
        let errors = try #require(json?["input_errors"] as? [[String: Any]])
        #expect(errors.contains { ($0["code"] as? String) == code }, "\(errors)")
        #expect(location.hasPrefix("plans/\(name).yaml:"))
    }

    @Test func aPlanCheckAcceptsIsSeatedAndChecked() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(Self.plan(zone: "{zone: 主席台, kind: rostrum, rows: [5], people: all}"), to: "plans/fine.yaml", in: folder)
        #expect(try BanhuiProcess.run(["check", "plans/fine.yaml"], in: folder).exitCode == 0)
        let quota = try BanhuiProcess.run(["quota", "plans"], in: folder)
        #expect(quota.exitCode == 0 || quota.exitCode == 1, "\(quota.stderr)")
        #expect(quota.stdout.contains("检查会议 1 个"), "\(quota.stdout)")
    }
}
