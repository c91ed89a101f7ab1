import Foundation
import Testing
import TestSupport

/// The bundled examples pass the default 精文减会 policy: `examples/ci/quota.yml`, run on a copy of
/// examples/ as its `plans/`, is green (exit 0, no error in any report it writes).
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ExampleQuotaTests {
    @Test func theExampleWorkflowIsGreenOnTheBundledExamples() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Fixtures.path("examples"), toPath: (folder as NSString).appendingPathComponent("plans"))
        // The workflow's own command line (examples/ci/quota.yml, step "Check plans").
        let workflow = try String(contentsOfFile: Fixtures.path("examples/ci/quota.yml"), encoding: .utf8)
        #expect(workflow.contains("banhui quota plans/\n          --format github --format sarif --output - --output quota.sarif\n          --format text"))
        let result = try BanhuiProcess.run(["quota", "plans/", "--format", "github", "--format", "sarif", "--output", "-",
                                            "--output", "quota.sarif", "--format", "text"], in: folder)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("::error"), "\(result.stdout)")
        let plans = try FileManager.default.subpathsOfDirectory(atPath: folder + "/plans").filter { $0.hasSuffix(".yaml") }.count
        #expect(result.stdout.contains("检查会议 \(plans) 个、登记表 0 个：错误 0"), "\(result.stdout)")
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/quota.sarif"))) as? [String: Any])
        let results = ((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(!results.contains { $0["level"] as? String == "error" }, "\(results)")
    }
}
