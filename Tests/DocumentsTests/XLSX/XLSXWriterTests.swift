@testable import Documents
import Testing
import TestSupport

struct XLSXWriterTests {
    @Test func sheetNamesAreMadeValidAndUnique() {
        let long = String(repeating: "很长的区域名称", count: 6)
        let names = XLSXWriter.sheetNames(["主席台", "a/b:c?", "主席台", "'引号'", long, ""])
        #expect(names[0] == "主席台" && names[1] == "a_b_c_" && names[2] == "主席台 (2)" && names[3] == "引号")
        #expect(names[4].count == 31 && names[5] == "Sheet")
    }

    @Test func columnNamesGoPastZ() {
        #expect([0, 25, 26, 27, 701, 702].map(XLSXWriter.columnName) == ["A", "Z", "AA", "AB", "ZZ", "AAA"])
    }

    @Test func widthsCountChineseCharactersDouble() {
        #expect(XLSXWriter.width("县人大常委会办公室") == 20)
        #expect(XLSXWriter.width("P1") == 6, "at least six")
    }

    /// A 回执-like sheet: drop-down lists, repeated strings shared once, XML-special text kept as
    /// text; every part valid SpreadsheetML.
    @Test func validationsAndSharedStringsAreValidSpreadsheetML() throws {
        let rows: [[SheetCell]] = [["姓名", "性别", "单位"].map { .text($0, .header) },
                                   [.text("王<强>"), .text("男"), .text("县委&办")], [.text("李四"), .text("男"), .text("县委&办")]]
        let sheet = Worksheet(name: "回执", titles: ["参会回执", "请于12月1日前报送"], rows: rows,
                              validations: [DataValidation(rows: 1...50, column: 1, choices: ["男", "女"])])
        let bytes = try XLSXWriter.write(Workbook(title: "回执", sheets: [sheet]))
        OfficeValidation.expectValid([("receipt.xlsx", bytes)])
        let parts = Dictionary(try ZipParts.read(bytes).map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
        let sheetXML = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheetXML.contains("<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"B4:B53\"><formula1>&quot;男,女&quot;</formula1>"))
        #expect(sheetXML.contains("<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheetXML.contains("<mergeCell ref=\"A1:C1\"/><mergeCell ref=\"A2:C2\"/>"))
        #expect(parts["xl/sharedStrings.xml"]?.contains("count=\"11\" uniqueCount=\"9\"") == true)
        let read = try SpreadsheetReader.sheets(bytes)
        #expect(read.map(\.name) == ["回执"])
        #expect(read[0].rows[3] == ["王<强>", "男", "县委&办"])
    }
}
