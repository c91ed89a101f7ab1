import MeetingPlan
import Testing

struct CSVCellsTests {
    @Test(arguments: ["=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tTAB", "\rCR"])
    func formulaLikeValuesGetAQuote(value: String) {
        #expect(CSVCells.neutralized(value) == "'" + value)
    }

    @Test(arguments: ["张三", "", " =1", "1-2", "a=b", "'=x"])
    func otherValuesStayAsTheyAre(value: String) {
        #expect(CSVCells.neutralized(value) == value)
    }

    @Test func fieldsAreNeutralisedThenQuoted() {
        #expect(CSVCells.field("=1,2") == "\"'=1,2\"")
        #expect(CSVCells.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVCells.field("张三") == "张三")
    }

    @Test func linesAreNeutralisedFieldByFieldKeepingTheirQuoting() {
        #expect(CSVCells.neutralizedLine("=1,张三,+2") == "'=1,张三,'+2")
        #expect(CSVCells.neutralizedLine("\"=a,b\",c") == "\"'=a,b\",c")
        #expect(CSVCells.neutralizedLine("\"x\"\"=y\",@z") == "\"x\"\"=y\",'@z")
        #expect(CSVCells.neutralizedLine("\"\"\"=q\",,-") == "\"\"\"=q\",,'-")
        #expect(CSVCells.neutralizedLine("姓名,单位") == "姓名,单位")
        #expect(CSVCells.neutralizedLine("a,b=c,d") == "a,b=c,d")
    }
}
