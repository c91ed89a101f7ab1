import Foundation
import Seating
import Testing
import TestSupport

/// The built-in layouts are compiled into the program from `layouts/*.yaml`; this keeps the
/// generated source in step with the data files (`BANHUI_RECORD=1` rewrites it).
@Suite struct BuiltInLayoutsTests {
    @Test func generatedSourceMatchesTheLayoutsFolder() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("layouts")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var source = """
        // Generated from layouts/*.yaml by BuiltInLayoutsTests (BANHUI_RECORD=1 swift test --filter BuiltInLayouts).
        // Do not edit: change the YAML file and re-record.
        enum BuiltInLayouts {
            static let texts: [String: String] = [

        """
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let body = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "            " + $0 }
            source += "        \"\(name.dropLast(5))\": #\"\"\"\n" + body.joined(separator: "\n") + "\n            \"\"\"#,\n"
        }
        source += "    ]\n}\n"
        let generated = Fixtures.packageRoot.appendingPathComponent("Sources/Seating/Layouts/BuiltInLayouts.swift")
        try Snapshot.assertText(source, at: generated)
        #expect(LayoutCatalogue.builtIn.texts.keys.sorted() == names.map { String($0.dropLast(5)) })
    }
}
