import Changes
import MeetingPlan
import XMLSupport

/// `receipt.xlsx` (changes.md): the 参会回执 as a spreadsheet the units fill in and send back.
/// The meeting and 报送截止 at the top, a 单位 cell to fill, then the columns 序号 / 姓名 / 性别 /
/// 单位 / 职务 / 职级 / 联系电话 (+ 是否住宿 / 抵达时间 / 离开时间 when lodging is provided) / 备注
/// with drop-down lists for 性别, 职级 (the plan's rank table) and 是否住宿. `banhui receipts` reads
/// it back. SpreadsheetML with shared strings, written with the XML writer and zip packager.
public enum ReceiptWorkbook {
    /// Numbered, boxed rows to fill; the drop-down lists reach further, for longer lists.
    static let formRows = 30
    static let validatedRows = 500
    /// The header row of the table (1-based): title, deadline, 单位, a blank line, then the header.
    static let headerRow = 5

    /// Columns of the form, by header.
    public static func columns(_ plan: Plan) -> [String] {
        ["序号", "姓名", "性别", "单位", "职务", "职级", "联系电话"] + (providesLodging(plan) ? ["是否住宿", "抵达时间", "离开时间"] : []) + ["备注"]
    }

    /// Lodging is provided when the plan budgets it or the meeting spans more than one day.
    static func providesLodging(_ plan: Plan) -> Bool {
        (plan.meeting.costs?.lodging ?? 0) > 0 || plan.meeting.end.date > plan.meeting.start.date
    }

    public static func build(_ plan: Plan) throws -> [UInt8] {
        var strings = SharedStrings()
        let sheet = try receiptSheet(plan, strings: &strings)
        let lists = try listSheet(plan, strings: &strings)
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let contentTypes = try part { xml in
            try xml.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
                try xml.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
                try xml.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
                let spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml"
                try xml.element("Override", ["PartName": "/xl/workbook.xml", "ContentType": "\(spreadsheet).sheet.main+xml"])
                try xml.element("Override", ["PartName": "/xl/worksheets/sheet1.xml", "ContentType": "\(spreadsheet).worksheet+xml"])
                try xml.element("Override", ["PartName": "/xl/worksheets/sheet2.xml", "ContentType": "\(spreadsheet).worksheet+xml"])
                try xml.element("Override", ["PartName": "/xl/styles.xml", "ContentType": "\(spreadsheet).styles+xml"])
                try xml.element("Override", ["PartName": "/xl/sharedStrings.xml", "ContentType": "\(spreadsheet).sharedStrings+xml"])
            }
        }
        let rootRels = try relationshipsPart([("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")])
        let workbookRels = try relationshipsPart([
            ("rId1", "\(relationships)/worksheet", "worksheets/sheet1.xml"), ("rId2", "\(relationships)/worksheet", "worksheets/sheet2.xml"),
            ("rId3", "\(relationships)/styles", "styles.xml"), ("rId4", "\(relationships)/sharedStrings", "sharedStrings.xml"),
        ])
        let workbook = try part { xml in
            try xml.element("workbook", ["xmlns": main, "xmlns:r": relationships]) {
                try xml.element("sheets") {
                    try xml.element("sheet", ["name": "参会回执", "sheetId": "1", "r:id": "rId1"])
                    // The lists behind the drop-downs, out of the way.
                    try xml.element("sheet", ["name": "lists", "sheetId": "2", "state": "hidden", "r:id": "rId2"])
                }
            }
        }
        return try ZipPackage.make([
            PackagePart("[Content_Types].xml", contentTypes), PackagePart("_rels/.rels", rootRels),
            PackagePart("xl/workbook.xml", workbook), PackagePart("xl/_rels/workbook.xml.rels", workbookRels),
            PackagePart("xl/worksheets/sheet1.xml", sheet), PackagePart("xl/worksheets/sheet2.xml", lists),
            PackagePart("xl/styles.xml", try styles()), PackagePart("xl/sharedStrings.xml", try strings.part()),
        ])
    }

    /// Cell looks, as indices into `cellXfs` of `styles()`.
    enum Look: Int {
        case plain = 0, title, note, label, header, box
    }

    private static func receiptSheet(_ plan: Plan, strings: inout SharedStrings) throws -> [UInt8] {
        let columns = columns(plan)
        let last = XLSXRoster.columnLetters(columns.count)
        var deadline: [String] = []
        if let replyBy = plan.notice?.replyBy { deadline.append("报送截止：\(NoticeContent.deadlineText(replyBy))") }
        if let contact = plan.notice?.contact {
            deadline += [contact.name.map { "联系人：\($0)" }, contact.phone.map { "电话：\($0)" }].compactMap { $0 }
        }
        var rows: [(Int, [(column: Int, text: String?, look: Look)])] = [
            (1, [(1, "\(plan.meeting.title)参会回执", .title)]),
            (2, [(1, deadline.joined(separator: "　"), .note)]),
            (3, [(1, "单位（盖章）：", .label)] + (2...4).map { ($0, nil, Look.box) }),
            (headerRow, columns.enumerated().map { ($0.offset + 1, $0.element, Look.header) }),
        ]
        for number in 1...formRows {
            rows.append((headerRow + number, (1...columns.count).map { ($0, $0 == 1 ? String(number) : nil, Look.box) }))
        }
        let widths = columns.map { header -> Double in
            switch header {
            case "序号", "性别": return 6
            case "单位", "职务": return 22
            case "联系电话", "抵达时间", "离开时间", "职级": return 16
            case "备注": return 18
            default: return 10
            }
        }
        let ranks = plan.ranks.ranks.count
        let firstData = headerRow + 1, lastData = headerRow + validatedRows
        var validations: [(column: String, source: String)] = [
            ("性别", "lists!$A$1:$A$\(Receipts.genders.count)"), ("职级", "lists!$B$1:$B$\(max(ranks, 1))"),
        ]
        if columns.contains("是否住宿") { validations.append(("是否住宿", "lists!$C$1:$C$\(Receipts.lodgingChoices.count)")) }
        return try part { xml in
            try xml.element("worksheet", ["xmlns": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                          "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"]) {
                try xml.element("dimension", ["ref": "A1:\(last)\(headerRow + formRows)"])
                try xml.element("sheetViews") {
                    try xml.element("sheetView", ["workbookViewId": "0"]) {
                        try xml.element("pane", ["ySplit": String(headerRow), "topLeftCell": "A\(firstData)", "activePane": "bottomLeft", "state": "frozen"])
                        try xml.element("selection", ["pane": "bottomLeft", "activeCell": "B3", "sqref": "B3"])
                    }
                }
                try xml.element("sheetFormatPr", ["defaultRowHeight": "18"])
                try xml.element("cols") {
                    for (index, width) in widths.enumerated() {
                        try xml.element("col", ["min": String(index + 1), "max": String(index + 1), "width": String(width), "customWidth": "1"])
                    }
                }
                try xml.element("sheetData") {
                    for (number, cells) in rows {
                        try xml.element("row", ["r": String(number)]) {
                            for cell in cells {
                                let reference = "\(XLSXRoster.columnLetters(cell.column))\(number)"
                                if let text = cell.text {
                                    try xml.element("c", ["r": reference, "s": String(cell.look.rawValue), "t": "s"]) {
                                        try xml.element("v", text: String(strings.index(text)))
                                    }
                                } else {
                                    try xml.element("c", ["r": reference, "s": String(cell.look.rawValue)])
                                }
                            }
                        }
                    }
                }
                try xml.element("mergeCells", ["count": "3"]) {
                    try xml.element("mergeCell", ["ref": "A1:\(last)1"])
                    try xml.element("mergeCell", ["ref": "A2:\(last)2"])
                    try xml.element("mergeCell", ["ref": "B3:D3"])
                }
                try xml.element("dataValidations", ["count": String(validations.count)]) {
                    for validation in validations {
                        guard let index = columns.firstIndex(of: validation.column) else { continue }
                        let letter = XLSXRoster.columnLetters(index + 1)
                        try xml.element("dataValidation", ["type": "list", "allowBlank": "1", "showErrorMessage": "1",
                                                           "errorTitle": validation.column, "error": "请从下拉列表中选择\(validation.column)",
                                                           "sqref": "\(letter)\(firstData):\(letter)\(lastData)"]) {
                            try xml.element("formula1", text: validation.source)
                        }
                    }
                }
                try xml.element("pageMargins", ["left": "0.5", "right": "0.5", "top": "0.75", "bottom": "0.75", "header": "0.3", "footer": "0.3"])
                try xml.element("pageSetup", ["paperSize": "9", "orientation": "landscape"])
            }
        }
    }

    /// The drop-down lists: 性别 in A, the plan's ranks in B, 是否住宿 in C.
    private static func listSheet(_ plan: Plan, strings: inout SharedStrings) throws -> [UInt8] {
        let lists = [Receipts.genders, plan.ranks.ranks.map(\.name), Receipts.lodgingChoices]
        let height = lists.map(\.count).max() ?? 0
        return try part { xml in
            try xml.element("worksheet", ["xmlns": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"]) {
                try xml.element("sheetData") {
                    for row in 0..<height {
                        try xml.element("row", ["r": String(row + 1)]) {
                            for (column, list) in lists.enumerated() where row < list.count {
                                try xml.element("c", ["r": "\(XLSXRoster.columnLetters(column + 1))\(row + 1)", "t": "s"]) {
                                    try xml.element("v", text: String(strings.index(list[row])))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Fonts (宋体 11, bold 16 for the title, bold 11), thin boxes, and the `Look`s in order.
    private static func styles() throws -> [UInt8] {
        try part { xml in
            try xml.element("styleSheet", ["xmlns": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"]) {
                try xml.element("fonts", ["count": "3"]) {
                    for (size, bold) in [("11", false), ("16", true), ("11", true)] {
                        try xml.element("font") {
                            if bold { try xml.element("b") }
                            try xml.element("sz", ["val": size])
                            try xml.element("name", ["val": "宋体"])
                            try xml.element("charset", ["val": "134"])
                        }
                    }
                }
                try xml.element("fills", ["count": "3"]) {
                    try xml.element("fill") { try xml.element("patternFill", ["patternType": "none"]) }
                    try xml.element("fill") { try xml.element("patternFill", ["patternType": "gray125"]) }
                    try xml.element("fill") {
                        try xml.element("patternFill", ["patternType": "solid"]) { try xml.element("fgColor", ["rgb": "FFE7E6E6"]) }
                    }
                }
                try xml.element("borders", ["count": "2"]) {
                    try xml.element("border") {
                        for side in ["left", "right", "top", "bottom", "diagonal"] { try xml.element(side) }
                    }
                    try xml.element("border") {
                        for side in ["left", "right", "top", "bottom"] {
                            try xml.element(side, ["style": "thin"]) { try xml.element("color", ["auto": "1"]) }
                        }
                        try xml.element("diagonal")
                    }
                }
                try xml.element("cellStyleXfs", ["count": "1"]) {
                    try xml.element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
                }
                // plain, title, note, label, header, box (Look's raw values).
                let looks: [(font: String, fill: String, border: String, horizontal: String?)] = [
                    ("0", "0", "0", nil), ("1", "0", "0", "center"), ("0", "0", "0", "left"), ("2", "0", "0", "right"),
                    ("2", "2", "1", "center"), ("0", "0", "1", nil),
                ]
                try xml.element("cellXfs", ["count": String(looks.count)]) {
                    for look in looks {
                        try xml.startElement("xf")
                        for (key, value) in [("numFmtId", "0"), ("fontId", look.font), ("fillId", look.fill), ("borderId", look.border), ("xfId", "0")] {
                            try xml.attribute(key, value)
                        }
                        if look.font != "0" { try xml.attribute("applyFont", "1") }
                        if look.fill != "0" { try xml.attribute("applyFill", "1") }
                        if look.border != "0" { try xml.attribute("applyBorder", "1") }
                        if let horizontal = look.horizontal {
                            try xml.attribute("applyAlignment", "1")
                            try xml.element("alignment", ["horizontal": horizontal, "vertical": "center"])
                        }
                        try xml.endElement()
                    }
                }
                try xml.element("cellStyles", ["count": "1"]) {
                    try xml.element("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
                }
            }
        }
    }

    private static func relationshipsPart(_ items: [(id: String, type: String, target: String)]) throws -> [UInt8] {
        try part { xml in
            try xml.element("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"]) {
                for item in items { try xml.element("Relationship", ["Id": item.id, "Type": item.type, "Target": item.target]) }
            }
        }
    }

    private static func part(_ body: (XMLWriter) throws -> Void) throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument(standalone: true)
        try body(xml)
        return try xml.finish()
    }
}

extension ReceiptWorkbook {
    /// The shared strings table: each distinct text once, in order of first use.
    struct SharedStrings {
        private var indices: [String: Int] = [:]
        private var texts: [String] = []

        mutating func index(_ text: String) -> Int {
            if let index = indices[text] { return index }
            indices[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }

        func part() throws -> [UInt8] {
            let xml = try XMLWriter()
            try xml.startDocument(standalone: true)
            try xml.element("sst", ["xmlns": "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "count": String(texts.count),
                                    "uniqueCount": String(texts.count)]) {
                for text in texts {
                    try xml.element("si") {
                        try xml.element("t", text.first == " " || text.last == " " ? ["xml:space": "preserve"] : [:], text: text)
                    }
                }
            }
            return try xml.finish()
        }
    }
}
