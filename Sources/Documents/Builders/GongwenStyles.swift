/// The paragraph styles every document shares, after GB/T 9704: 三号仿宋 body on the 22-line
/// grid, −0.25 pt spacing for 28 characters a line, levels in 黑体 and 楷体, tables in 四号.
public enum GongwenStyles {
    static let character = 16.0  // one 字 of 三号, in points

    public static let body = ParagraphStyle(id: "GwBody", name: "公文正文", wordName: "Body Text", firstLineIndent: 2 * character)
    public static let plain = ParagraphStyle(id: "GwPlain", name: "公文顶格", wordName: "Body Text 2", alignment: .left)
    public static let heading1 = ParagraphStyle(id: "GwHeading1", name: "一级标题", wordName: "heading 2", outlineLevel: 2, font: .heiTi,
                                                firstLineIndent: 2 * character, keepWithNext: true)
    public static let title = ParagraphStyle(id: "GwTitle", name: "公文标题", wordName: "Title", outlineLevel: 1, font: .xiaoBiaoSong, size: 22,
                                             alignment: .center, letterSpacing: 0)
    public static let subtitle = ParagraphStyle(id: "GwSubtitle", name: "副标题", wordName: "Subtitle", font: .kaiTi, alignment: .center)
    /// 发文机关标志: red 小标宋; its own line height, being larger than the grid.
    public static let organMark = ParagraphStyle(id: "GwOrganMark", name: "发文机关标志", font: .xiaoBiaoSong, size: 36,
                                                 color: .gongwenRed, alignment: .center, lineHeight: 50, letterSpacing: 0)
    /// 发文字号 with the red separator 4 mm (11 pt) below it, as wide as the 版心.
    public static let documentNumber = ParagraphStyle(id: "GwDocNumber", name: "发文字号", alignment: .center,
                                                      ruleBelow: Rule(color: .gongwenRed, width: 1.5, spacing: 11))
    public static let urgency = ParagraphStyle(id: "GwUrgency", name: "紧急程度", font: .heiTi, alignment: .left)
    /// 署名 and 成文日期: right-aligned, the right indent set per paragraph.
    public static let signature = ParagraphStyle(id: "GwSignature", name: "署名日期", alignment: .right)
    public static let attachmentLabel = ParagraphStyle(id: "GwAttachmentLabel", name: "附件标识", font: .heiTi, alignment: .left)
    /// 版记 lines: 四号仿宋, one 字 (14 pt) in from both sides.
    public static let record = ParagraphStyle(id: "GwRecord", name: "版记", size: 14, alignment: .left,
                                              leftIndent: 14, rightIndent: 14, letterSpacing: 0)
    public static let tableText = ParagraphStyle(id: "GwTableText", name: "表格文字", size: 14, alignment: .center,
                                                 lineHeight: 22, letterSpacing: 0)
    public static let tableHeader = ParagraphStyle(id: "GwTableHeader", name: "表头", font: .heiTi, size: 14,
                                                   alignment: .center, lineHeight: 22, letterSpacing: 0)
    /// Tent-card names: the size is fitted per card by a run size.
    public static let cardName = ParagraphStyle(id: "GwCardName", name: "桌签姓名", font: .heiTi, alignment: .center,
                                                letterSpacing: 0)

    public static let all: [ParagraphStyle] = [
        body, plain, heading1, title, subtitle, organMark, documentNumber, urgency, signature, attachmentLabel,
        record, tableText, tableHeader, cardName,
    ]

    /// The size and letter spacing of each of `all` by id, for builders that measure every table
    /// cell's text (the whole style, copied out for each cell, was a fifth of the measuring).
    static let sizeAndSpacing = Dictionary(all.map { ($0.id, ($0.size, $0.letterSpacing)) }, uniquingKeysWith: { first, _ in first })
}
