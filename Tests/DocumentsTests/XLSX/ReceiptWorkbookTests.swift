import Documents
import MeetingPlan
import Testing
import TestSupport

/// receipt.xlsx: the form written by the workbook writer, text in shared strings, drop-down lists
/// from the plan, valid against sml.xsd.
@Suite struct ReceiptWorkbookTests {
    static func file(_ plan: Plan) throws -> [UInt8] { try XLSXWriter.write(ReceiptWorkbook.build(plan)) }

    static func parts(_ plan: Plan) throws -> [String: String] {
        Dictionary(try ZipParts.read(try file(plan)).map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aWorkbookWithTheFormAndItsLists() throws {
        let plan = try ExamplePlan.load()
        let parts = try Self.parts(plan)
        let strings = try #require(parts["xl/sharedStrings.xml"])
        for text in ["全县办公室工作会议参会回执", "报送截止：12月1日17时　联系人：王五　电话：0000-1234567", "单位（盖章）：", "序号", "姓名",
                     "性别", "职级", "联系电话", "备注"] {
            #expect(strings.contains("<t>\(text)</t>"), "\(text)")
        }
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(!sheet.contains("inlineStr"), "every text is a shared string")
        // A one-day meeting without lodging costs: no lodging columns, so 备注 is column H.
        #expect(!strings.contains("<t>是否住宿</t>"))
        // The 单位 cell B3 and the first form row 6 (what bench/fill_receipt.py fills), header frozen.
        #expect(sheet.contains("<c r=\"A3\""), "the 单位 line is row 3")
        #expect(sheet.contains("<c r=\"B3\" s=\"4\"/>"))
        #expect(sheet.contains("<c r=\"A6\" s=\"3\"><v>1</v></c>"))
        #expect(sheet.contains("ySplit=\"5\""))
        #expect(sheet.contains("sqref=\"C6:C505\"><formula1>&quot;男,女&quot;</formula1>"))
        let ranks = plan.ranks.ranks.map(\.name).joined(separator: ",")
        #expect(sheet.contains("sqref=\"F6:F505\"><formula1>&quot;\(ranks)&quot;</formula1>"))
        #expect(sheet.contains("<mergeCell ref=\"A1:H1\"/>"))
        OfficeValidation.expectValid([("receipt.xlsx", try Self.file(plan))])
    }

    @Test func lodgingColumnsAndThePlansOwnRanks() throws {
        var plan = try ExamplePlan.load()
        plan.meeting.end = LocalDateTime(date: LocalDate(year: 2026, month: 12, day: 4), time: LocalTime(hour: 11, minute: 30))
        plan.ranks = RankTable([RankTable.Rank(name: "局长"), RankTable.Rank(name: "处长"), RankTable.Rank(name: "科长")])
        #expect(ReceiptWorkbook.columns(plan) == ["序号", "姓名", "性别", "单位", "职务", "职级", "联系电话", "是否住宿", "抵达时间", "离开时间", "备注"])
        let parts = try Self.parts(plan)
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<formula1>&quot;局长,处长,科长&quot;</formula1>"))
        #expect(sheet.contains("sqref=\"H6:H505\"><formula1>&quot;是,否&quot;</formula1>"))
        #expect(try #require(parts["xl/sharedStrings.xml"]).contains("<t>是否住宿</t>"))
        OfficeValidation.expectValid([("receipt.xlsx", try Self.file(plan))])
    }

    /// A rank table too long for an inline list (Excel's 255 characters) goes on a hidden sheet.
    @Test func aLongRankListComesFromAHiddenSheet() throws {
        var plan = try ExamplePlan.load()
        plan.ranks = RankTable((1...40).map { RankTable.Rank(name: "第\($0)级职务层次") })
        let parts = try Self.parts(plan)
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("sqref=\"F6:F505\"><formula1>'lists'!$A$1:$A$40</formula1>"))
        #expect(sheet.contains("<formula1>&quot;男,女&quot;</formula1>"), "short lists stay inline")
        #expect(try #require(parts["xl/workbook.xml"]).contains("<sheet name=\"lists\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"))
        #expect(try #require(parts["xl/worksheets/sheet2.xml"]).contains("<c r=\"A40\""))
        #expect(try #require(parts["xl/sharedStrings.xml"]).contains("<t>第40级职务层次</t>"))
        OfficeValidation.expectValid([("receipt.xlsx", try Self.file(plan))])
    }

    @Test func sameBytesEveryTime() throws {
        let plan = try ExamplePlan.load()
        #expect(try Self.file(plan) == Self.file(plan))
    }
}
