import Documents
import Testing
import TestSupport

/// ODT table cells name only what differs: each column names the table's usual cell style as
/// its default, a cell of another style keeps its own name, and no cell carries a value type.
struct ODTTableMarkupTests {
    static func cell(_ text: String, span: Int = 1) -> TableCell { TableCell(GongwenStyles.tableText, text, span: span) }

    /// The opening tags of one table's cells, in order, and its column elements.
    static func table(_ name: String, in content: String) throws -> (columns: [String], cells: [String]) {
        let start = try #require(content.range(of: "<table:table table:name=\"\(name)\""))
        let end = try #require(content.range(of: "</table:table>", range: start.upperBound..<content.endIndex))
        let body = String(content[start.upperBound..<end.lowerBound])
        func tags(_ element: String) -> [String] {
            body.components(separatedBy: "<\(element)").dropFirst().map { "<\(element)" + $0.prefix { $0 != ">" } + ">" }
        }
        return (tags("table:table-column"), tags("table:table-cell"))
    }

    static let document = OfficeDocument(title: "t", page: .gongwen, pageNumbers: false, styles: GongwenStyles.all, blocks: [
        // A grid with a header row and a spanned cell: every cell has the column's style.
        .table(Table(columnWidths: [30, 40, 50], headerRows: 1, rows: [
            [cell("序号"), cell("姓名"), cell("单位")],
            [cell("1"), cell("王强", span: 2)],
            [cell("2"), cell("李明"), cell("县委办公室")],
        ])),
        // 版记 rules over four rows: the two middle rows have the usual style, the first and last differ.
        .table(Table(columnWidths: [80, 76], rows: [[cell("抄送")], [cell("甲")], [cell("乙")], [cell("印发")]].map { $0 + [cell("")] },
                     borders: .horizontalRules(outer: 1, inner: 0.75))),
        // Two rules rows: a tie, settled for the first row's style.
        .table(Table(columnWidths: [156], rows: [[cell("抄送")], [cell("印发")]], borders: .horizontalRules(outer: 1, inner: 0.75))),
    ])

    @Test func columnsNameTheUsualCellStyleAndCellsOnlyADifferentOne() throws {
        let bytes = try ODTWriter.write(Self.document)
        OfficeValidation.expectValid([("tables.odt", bytes)])
        let content = try ZipParts.text(of: "content.xml", in: bytes)
        #expect(!content.contains("office:value-type"))

        let grid = try Self.table("Table1", in: content)
        #expect(grid.columns == (1...3).map { "<table:table-column table:style-name=\"Table1.C\($0)\" table:default-cell-style-name=\"Table1.Cell\"/>" })
        #expect(grid.cells == ["<table:table-cell>", "<table:table-cell>", "<table:table-cell>",
                               "<table:table-cell>", "<table:table-cell table:number-columns-spanned=\"2\">",
                               "<table:table-cell>", "<table:table-cell>", "<table:table-cell>"])

        let rules = try Self.table("Table2", in: content)
        #expect(rules.columns.allSatisfy { $0.contains("table:default-cell-style-name=\"Table2.Middle\"") }, "\(rules.columns)")
        #expect(rules.cells == ["<table:table-cell table:style-name=\"Table2.First\">", "<table:table-cell table:style-name=\"Table2.First\">",
                                "<table:table-cell>", "<table:table-cell>", "<table:table-cell>", "<table:table-cell>",
                                "<table:table-cell table:style-name=\"Table2.Last\">", "<table:table-cell table:style-name=\"Table2.Last\">"])

        let tie = try Self.table("Table3", in: content)
        #expect(tie.columns == ["<table:table-column table:style-name=\"Table3.C1\" table:default-cell-style-name=\"Table3.First\"/>"])
        #expect(tie.cells == ["<table:table-cell>", "<table:table-cell table:style-name=\"Table3.Last\">"])

        // Every style a column or cell names is defined, with the borders that tell them apart.
        for name in ["Table1.Cell", "Table2.First", "Table2.Middle", "Table2.Last", "Table3.First", "Table3.Last"] {
            #expect(content.contains("<style:style style:name=\"\(name)\" style:family=\"table-cell\">"), "\(name)")
        }
        #expect(content.contains("<style:style style:name=\"Table2.First\" style:family=\"table-cell\"><style:table-cell-properties style:vertical-align=\"middle\" fo:padding=\"0.5mm\" fo:border-top=\"1pt solid #000000\""))
    }
}
