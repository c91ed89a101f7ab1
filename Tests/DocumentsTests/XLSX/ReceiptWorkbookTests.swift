import Documents
import MeetingPlan
import Testing
import TestSupport

/// receipt.xlsx: the parts of a workbook, text in shared strings, drop-down lists from the plan.
@Suite struct ReceiptWorkbookTests {
    static func parts(_ plan: Plan) throws -> [String: String] {
        let bytes = try ReceiptWorkbook.build(plan)
        return Dictionary(try ZipParts.read(bytes).map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aWorkbookWithTheFormAndItsLists() throws {
        let parts = try Self.parts(try ExamplePlan.load())
        #expect(parts.keys.sorted() == ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
                                        "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let strings = try #require(parts["xl/sharedStrings.xml"])
        for text in ["全县办公室工作会议参会回执", "报送截止：12月1日17时　联系人：王五　电话：0000-1234567", "单位（盖章）：", "序号", "姓名",
                     "性别", "职级", "联系电话", "备注", "男", "女", "县处级正职", "办事员"] {
            #expect(strings.contains("<t>\(text)</t>"), "\(text)")
        }
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(!sheet.contains("inlineStr"), "every text is a shared string")
        // A one-day meeting without lodging costs: no lodging columns, so 备注 is column H.
        #expect(!strings.contains("<t>是否住宿</t>"))
        #expect(sheet.contains("<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\"性别\""))
        #expect(sheet.contains("sqref=\"C6:C505\"><formula1>lists!$A$1:$A$2</formula1>"))
        #expect(sheet.contains("sqref=\"F6:F505\"><formula1>lists!$B$1:$B$12</formula1>"))
        #expect(sheet.contains("<mergeCell ref=\"A1:H1\"/>"))
        #expect(try #require(parts["xl/workbook.xml"]).contains("<sheet name=\"lists\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"))
    }

    @Test func lodgingColumnsAndThePlansOwnRanks() throws {
        var plan = try ExamplePlan.load()
        plan.meeting.end = LocalDateTime(date: LocalDate(year: 2026, month: 12, day: 4), time: LocalTime(hour: 11, minute: 30))
        plan.ranks = RankTable([RankTable.Rank(name: "局长"), RankTable.Rank(name: "处长"), RankTable.Rank(name: "科长")])
        #expect(ReceiptWorkbook.columns(plan) == ["序号", "姓名", "性别", "单位", "职务", "职级", "联系电话", "是否住宿", "抵达时间", "离开时间", "备注"])
        let parts = try Self.parts(plan)
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<formula1>lists!$B$1:$B$3</formula1>"))
        #expect(sheet.contains("sqref=\"H6:H505\"><formula1>lists!$C$1:$C$2</formula1>"))
        #expect(try #require(parts["xl/sharedStrings.xml"]).contains("<t>处长</t>"))
    }

    @Test func sameBytesEveryTime() throws {
        let plan = try ExamplePlan.load()
        #expect(try ReceiptWorkbook.build(plan) == ReceiptWorkbook.build(plan))
    }
}
