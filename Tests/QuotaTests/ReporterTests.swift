import Foundation
import MeetingPlan
@testable import Quota
import TestSupport
import Testing
import XMLSupport

/// Each reporter is a pure function from a report to text, compared with a stored expected file
/// (`__Snapshots__/ReporterTests/`, re-recorded only on purpose with BANHUI_RECORD=1).
@Suite struct ReporterTests {
    static let base = "/home/办公室/plans 2026"
    static let snapshots = Fixtures.packageRoot.appendingPathComponent("Tests/QuotaTests/__Snapshots__/ReporterTests")

    /// An error, a warning and a note in a plan whose absolute path has a space, `%`, `,`, `:` and
    /// Han characters; a relative plan path; a plan outside the base; and an input error.
    static func report() -> QuotaReport {
        let rules = QuotaChecker(policy: .builtIn, profiles: [], noticeLength: { _ in 0 }).rules
            .filter { ["MTG-ATT-CAP", "MTG-DUAL-PRINCIPAL", "MTG-VENUE-STAR"].contains($0.rule.id) }
        let oddFile = "\(base)/县委办 100%,第1季:会议.yaml"
        let findings = [
            Finding(rule: "MTG-ATT-CAP", severity: .error, meeting: "m1", location: SourceLocation(file: oddFile, line: 12, column: 24),
                    message: "参会人员52人，超过四类会议上限50人", limit: 50, actual: 52, source: "财行〔2016〕214号"),
            Finding(rule: "MTG-DUAL-PRINCIPAL", severity: .warning, meeting: "m1", location: SourceLocation(file: oddFile, line: 30, column: 5),
                    message: "党政主要负责同志同时出席", source: "整治形式主义为基层减负若干规定"),
            Finding(rule: "MTG-VENUE-STAR", severity: .info, meeting: "m2", location: SourceLocation(file: "./seminar.yaml", line: 8, column: 3),
                    message: "会场为四星级宾馆", source: "财行〔2016〕214号"),
            Finding(rule: "MTG-ATT-CAP", severity: .error, meeting: "m3", location: SourceLocation(file: "/srv/other/plan.yaml", line: 3, column: 1),
                    message: "参会人员301人，超过二类会议上限300人", limit: 300, actual: 301, source: "财行〔2016〕214号"),
        ]
        let broken = Diagnostic(.unknownKey, "未知的键“staf”，是否为“staff”？", at: SourceLocation(file: "\(base)/broken.yaml", line: 7, column: 3))
        // m1 with rooms and meals planned (its figures from the logistics), m2 without.
        let checker = QuotaChecker(policy: .builtIn, noticeLength: { _ in 0 })
        var run = QuotaChecker.Run(checker)
        run.add(Base.plan(file: oddFile, id: "m1"), logistics: LogisticsFigures(personNights: 90, personMeals: 196))
        run.add(Base.plan(file: "./seminar.yaml", id: "m2"))
        return QuotaReport(policy: "default", meetings: [("m1", oddFile), ("m2", "./seminar.yaml"), ("m3", "/srv/other/plan.yaml")],
                           findings: findings, inputErrors: [broken], rules: rules, figures: run.figures)
    }

    static func settings(failOn: Severity) -> ReportSettings {
        ReportSettings(baseDirectory: base, toolVersion: "9.8.7", documentationURL: "https://docs.example/banhui/docs/", failOn: failOn)
    }

    @Test(arguments: [(QuotaFormat.sarif, "report.sarif"), (.junit, "report.junit.xml"), (.json, "report.json"),
                      (.text, "report.txt"), (.github, "report.github")])
    func reportMatchesItsExpectedFile(_ format: QuotaFormat, _ file: String) throws {
        let text = try format.render(Self.report(), settings: Self.settings(failOn: .error))
        try Snapshot.assertText(text, at: Self.snapshots.appendingPathComponent(file))
    }

    /// The JSON report carries each meeting's counted figures: head-count, the logistics'
    /// person-nights and person-meals, and the 会议费 estimate with its basis.
    @Test func jsonCarriesTheCountedFigures() throws {
        let json = try QuotaFormat.json.render(Self.report(), settings: Self.settings(failOn: .error))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let meetings = try #require(parsed["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["meeting"] as? String } == ["m2", "m1"], "sorted by file like the findings")
        let m1 = try #require(meetings.last)
        #expect(m1["delegates"] as? Int == 90 && m1["staff"] as? Int == 8)
        #expect(m1["person_nights"] as? Int == 90 && m1["person_meals"] as? Int == 196)
        let estimate = try #require(m1["fee_estimate"] as? [String: Any])
        #expect(estimate["basis"] as? String == "logistics" && estimate["category"] as? Int == 3)
        // Base provides no lodging (costs.lodging: 0): meals 130 × 196 ÷ 3 and other 80 × 98.
        #expect(estimate["total"] as? Int == 8493 + 7840, "130 × 196 ÷ 3 + 80 × 98")
        let m2 = try #require(meetings.first)
        #expect(m2["person_nights"] is NSNull)
        #expect((m2["fee_estimate"] as? [String: Any])?["basis"] as? String == "attendance")
    }

    @Test func junitFailsOnlyAtOrAboveTheFailLevel() throws {
        let strict = try QuotaFormat.junit.render(Self.report(), settings: Self.settings(failOn: .warning))
        try Snapshot.assertText(strict, at: Self.snapshots.appendingPathComponent("report.fail-on-warning.junit.xml"))
        let lenient = try QuotaFormat.junit.render(Self.report(), settings: Self.settings(failOn: .error))
        #expect(lenient.contains("failures=\"2\"") && strict.contains("failures=\"3\""))
        #expect(lenient.contains("errors=\"1\""), "the unreadable plan is an error, not a failure")
        #expect(lenient.contains("<system-out>./seminar.yaml:8:3: info: [MTG-VENUE-STAR]"), "info findings are reported, not dropped")
    }

    /// Jenkins' junit-10 schema (vendored in schemas/ci) accepts both stored JUnit reports.
    @Test func storedJUnitReportsAreValidAgainstJunit10() throws {
        let schema = try XMLSchema(path: Fixtures.path("schemas/ci/junit-10.xsd"), language: .xsd)
        for name in ["report.junit.xml", "report.fail-on-warning.junit.xml"] {
            let bytes = [UInt8](try Data(contentsOf: Self.snapshots.appendingPathComponent(name)))
            #expect(schema.validate(bytes, name: name).isEmpty, "\(name): \(schema.validate(bytes, name: name))")
        }
    }

    @Test func sarifPathsAreRelativeToTheBaseAndPercentEncoded() {
        #expect(SARIFReporter.percentEncoded("a b/100%,c:d/会.yaml") == "a%20b/100%25%2Cc%3Ad/%E4%BC%9A.yaml")
        #expect(SARIFReporter.fileURI(directory: "/x y") == "file:///x%20y/")
        let inside = SARIFReporter.artifactLocation("/x y/p/a.yaml", base: "/x y")
        #expect(inside.rendered == JSONValue.sorted(["uri": .string("p/a.yaml"), "uriBaseId": .string("SRCROOT")]).rendered)
        let outside = SARIFReporter.artifactLocation("/x yz/a.yaml", base: "/x y")
        #expect(outside.rendered == JSONValue.sorted(["uri": .string("file:///x%20yz/a.yaml")]).rendered)
    }
}
