import Foundation
import Testing
import TestSupport

/// Pins and swaps in a `stable: true` zone of a later version, and SEAT101 in a hall without
/// units, on the plans in Fixtures/stable-pins run from a temporary folder.
@Suite struct StablePinsTests {
    static func folder() throws -> String {
        let folder = try Fixtures.temporaryDirectory()
        for name in ["v1.yaml", "v2.yaml", "junior-first.yaml"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/CLITests/Fixtures/stable-pins/\(name)"),
                                             toPath: (folder as NSString).appendingPathComponent(name))
        }
        return folder
    }

    @Test func theNewPinAndSwapApplyBeforeStability() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["seat", "v2.yaml", "--changes-from", "v1.yaml", "--explain"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        // v1: 王海 李明 张伟 陈杰 刘洋 / 赵磊 … 郑斌 / 冯军 …; 陈杰 pinned to 1-2 displaces 李明 to the seat he left.
        #expect(result.stdout.contains("第1排  王　海  陈　杰  张　伟  李　明  刘　洋"), "\(result.stdout)")
        #expect(result.stdout.contains("第2排  赵　磊  孙　强  周　涛  吴　刚  冯　军"))
        #expect(result.stdout.contains("第3排  郑　斌  何　平"))
        #expect(result.stdout.contains("P4 陈杰：指定座位：第1排第2座"))
        #expect(result.stdout.contains("P2 李明：原座位已被指定或保留（stable: true）"))
        #expect(result.stdout.contains("P11 冯军：指定座位（与郑斌对调）：第2排第5座"))
        #expect(result.stdout.contains("P10 郑斌：指定座位（与冯军对调）：第3排第1座"))
        #expect(result.stdout.contains("P5 刘洋：保持原座位（stable: true）：第1排第5座"))
        // The warning names the seat order 陈杰 really has: ahead of 李明, now behind him.
        #expect(result.stderr.contains("[SEAT101] 指定座位使陈杰（P4）坐在位次更高的李明（P2）之前"), "\(result.stderr)")
    }

    @Test func theDiffAndTheChangeSheetShowThem() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let diff = try BanhuiProcess.run(["diff", "v1.yaml", "v2.yaml"], in: folder)
        #expect(diff.exitCode == 0, "\(diff.stderr)")
        for line in ["陈杰（无单位）  第1排第4座 → 第1排第2座", "李明（无单位）  第1排第2座 → 第1排第4座",
                     "冯军（无单位）  第3排第1座 → 第2排第5座", "郑斌（无单位）  第2排第5座 → 第3排第1座"] {
            #expect(diff.stdout.contains(line), "\(line)\n\(diff.stdout)")
        }
        #expect(!diff.stdout.contains("王海"))
        let out = (folder as NSString).appendingPathComponent("out")
        let export = try BanhuiProcess.run(["export", "v2.yaml", "--changes-from", "v1.yaml", "--out", out], in: folder)
        #expect(export.exitCode == 0, "\(export.stderr)")
        let sheet = try ExportChangesTests.text("changes.docx", in: out, part: "word/document.xml")
        for text in ["陈杰", "李明", "冯军", "郑斌", "第1排第2座", "第3排第1座"] { #expect(sheet.contains(text), "\(text)") }
        #expect(!sheet.contains("王海"))
        // 桌签 show the name only: the moved people's cards move with them, none is reprinted.
        #expect(sheet.contains("桌签无需重印。"), "\(sheet)")
        #expect(sheet.contains("需随人挪动桌签4张（不重印）：陈杰、李明、冯军、郑斌。"), "\(sheet)")
        #expect(!FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent("cards-changed.docx")))
        #expect(diff.stdout.contains("需随人挪动桌签 4 张（不重印）：陈杰、李明、冯军、郑斌"), "\(diff.stdout)")
        let json = try BanhuiProcess.run(["diff", "v1.yaml", "v2.yaml", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"move\": [\"P4\", \"P2\", \"P11\", \"P10\"]"), "\(json.stdout)")
        #expect(json.stdout.contains("\"cards\": []"), "\(json.stdout)")
    }

    @Test func pinningTheMostJuniorFirstInAHallWithoutUnitsWarns() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["seat", "junior-first.yaml"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("junior-first.yaml:26:18: warning: [SEAT101] 指定座位使罗成（P15）坐在位次更高的王海（P1）之前"),
                "\(result.stderr)")
        // Without the pin nobody is warned about.
        let plain = try String(contentsOfFile: (folder as NSString).appendingPathComponent("v1.yaml"), encoding: .utf8)
        #expect(!plain.contains("pins"))
        let unpinned = try BanhuiProcess.run(["seat", "v1.yaml"], in: folder)
        #expect(!unpinned.stderr.contains("SEAT101"))
    }
}
