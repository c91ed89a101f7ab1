/// Codes of the 办会 loop (changes.md): stable seating and returned 回执.
extension DiagnosticCode {
    public static let stableKind = DiagnosticCode("CHANGE001", "`stable: true` on a zone that always re-seats by protocol (rostrum, photo, talks)",
                                                  example: "kind: rostrum, stable: true")
    public static let receiptNotInList = DiagnosticCode("RECEIPT001", "a 回执 value outside its drop-down list (性别, 职级, 是否住宿)",
                                                        example: "性别: 男性")
    public static let receiptDuplicate = DiagnosticCode("RECEIPT002", "the same person (name and unit) reported twice in the 回执",
                                                        example: "张三 of 城关镇 in two files")
    public static let receiptUnknownUnit = DiagnosticCode("RECEIPT003", "a 回执 whose 单位 is not in the plan's `units:`",
                                                          example: "单位: 城关镇政府 when units lists 城关镇")
    public static let receiptNoUnit = DiagnosticCode("RECEIPT004", "a 回执 that names no 单位, neither in its 单位 cell nor in its rows",
                                                     example: "an empty 单位 cell and an empty 单位 column")
    public static let receiptSkipped = DiagnosticCode("RECEIPT005", "a file in the 回执 folder that is not .xlsx or .csv (warning; skipped)",
                                                      example: "回执说明.docx")
    public static let receiptOverLimit = DiagnosticCode(
        "RECEIPT006", "a 回执 value the plan would refuse: a 姓名 over 32 characters, a line break, invisible characters, an empty 姓名/单位/职务",
        example: "姓名: 张三张三张三… (33 characters)")

    public static let loopCatalogue: [DiagnosticCode] = [
        stableKind, receiptNotInList, receiptDuplicate, receiptUnknownUnit, receiptNoUnit, receiptSkipped, receiptOverLimit,
    ]
}
