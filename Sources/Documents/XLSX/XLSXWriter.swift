import Foundation
import XMLSupport

/// Renders a `Workbook` as SpreadsheetML (ECMA-376 Transitional), with the XML writer and zip
/// packager of DOCX and ODT: shared strings, one style per cell look, frozen header rows, column
/// widths fitted to Chinese text, merged title lines and list validations.
public enum XLSXWriter {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml."

    public static func write(_ workbook: Workbook) throws -> [UInt8] {
        // Lists too long (or with commas) to write inline go in the columns of a hidden last sheet.
        let longLists = workbook.sheets.flatMap { $0.validations.map(\.choices) }.filter { !fitsInline($0) }
            .reduce(into: [[String]]()) { lists, list in if !lists.contains(list) { lists.append(list) } }
        var tables = workbook.sheets
        if !longLists.isEmpty {
            let height = longLists.map(\.count).max() ?? 0
            tables.append(Worksheet(name: "lists", rows: (0..<height).map { row in
                longLists.map { $0.indices.contains(row) ? SheetCell.text($0[row]) : SheetCell(.empty, .text) }
            }, headerRows: 0))
        }
        let names = sheetNames(tables.map(\.name))
        let listSheet = longLists.isEmpty ? nil : names.last
        var references: [[String]: String] = [:]
        for (index, list) in longLists.enumerated() {
            let column = columnName(index)
            references[list] = "'\(listSheet!.replacingOccurrences(of: "'", with: "''"))'!$\(column)$1:$\(column)$\(list.count)"
        }
        var strings = SharedStrings()
        let sheets = try tables.map { try sheet($0, lists: references, strings: &strings) }
        var parts = [
            PackagePart("[Content_Types].xml", try PackageProperties.contentTypes(
                [("/xl/workbook.xml", contentType + "sheet.main+xml"), ("/xl/styles.xml", contentType + "styles+xml"),
                 ("/xl/sharedStrings.xml", contentType + "sharedStrings+xml")]
                    + sheets.indices.map { ("/xl/worksheets/sheet\($0 + 1).xml", contentType + "worksheet+xml") })),
            PackagePart("_rels/.rels", try PackageProperties.relationships(
                [("rId1", relationshipType + "officeDocument", "xl/workbook.xml")] + PackageProperties.relationships)),
        ] + (try PackageProperties.parts(title: workbook.title, author: workbook.author, created: workbook.created)) + [
            PackagePart("xl/workbook.xml", try workbookPart(names, hidden: listSheet)),
            PackagePart("xl/_rels/workbook.xml.rels", try PackageProperties.relationships(
                sheets.indices.map { ("rId\($0 + 1)", relationshipType + "worksheet", "worksheets/sheet\($0 + 1).xml") }
                    + [("rIdStyles", relationshipType + "styles", "styles.xml"),
                       ("rIdStrings", relationshipType + "sharedStrings", "sharedStrings.xml")])),
            PackagePart("xl/styles.xml", try styles()),
            PackagePart("xl/sharedStrings.xml", try strings.part()),
        ]
        parts += sheets.enumerated().map { PackagePart("xl/worksheets/sheet\($0.offset + 1).xml", $0.element) }
        return try ZipPackage.make(parts)
    }

    /// Valid, unique tab names: at most 31 characters, none of `[]:*?/\`, no leading or trailing
    /// apostrophe, unique ignoring case (a repeat gets ` (2)`).
    static func sheetNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { name in
            let cleaned = String(name.map { "[]:*?/\\".contains($0) || $0.isNewline ? "_" : $0 })
                .trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            let base = cleaned.isEmpty ? "Sheet" : cleaned
            var candidate = String(base.prefix(31)), number = 1
            while used.contains(candidate.lowercased()) {
                number += 1
                let suffix = " (\(number))"
                candidate = String(base.prefix(31 - suffix.count)) + suffix
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    /// `A`, `B`, … `Z`, `AA`, … for a column counted from 0.
    static func columnName(_ index: Int) -> String {
        var name = "", value = index + 1
        while value > 0 {
            let remainder = (value - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            value = (value - 1) / 26
        }
        return name
    }

    /// Column width in Excel's units (the width of `0`): wide (CJK, full-width) characters count
    /// two, others one, plus room for the cell's margins.
    static func width(_ text: String) -> Double {
        let units = text.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x1100 ? 2.0 : 1.0) }
        return min(60, max(6, units + 2))
    }

    /// Whether a drop-down list can be written in the formula itself (Excel's limit: 255 characters).
    static func fitsInline(_ choices: [String]) -> Bool {
        !choices.contains { $0.contains(",") || $0.contains("\"") } && choices.joined(separator: ",").count <= 255
    }

    private static func workbookPart(_ names: [String], hidden: String?) throws -> [UInt8] {
        let xml = XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("workbook", ["xmlns": mainNamespace, "xmlns:r": DOCXWriter.relationshipNamespace]) {
            try xml.element("sheets") {
                for (index, name) in names.enumerated() {
                    if name == hidden {
                        try xml.element("sheet", ["name": name, "sheetId": String(index + 1), "state": "hidden", "r:id": "rId\(index + 1)"])
                    } else {
                        try xml.element("sheet", ["name": name, "sheetId": String(index + 1), "r:id": "rId\(index + 1)"])
                    }
                }
            }
        }
        return try xml.finish()
    }

    /// The cell format indices as written.
    private static let styleNumbers = (0...5).map(String.init)

    /// Cell formats, by index: 0 default, 1 title, one per `SheetCell.Look`, 5 title lines after the first.
    static func styleIndex(_ look: SheetCell.Look) -> Int {
        switch look {
        case .header: return 2
        case .centered: return 3
        case .text: return 4
        }
    }

    private static func styles() throws -> [UInt8] {
        let xml = XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("styleSheet", ["xmlns": mainNamespace]) {
            func font(size: Int, bold: Bool) throws {
                try xml.element("font") {
                    if bold { try xml.element("b") }
                    try xml.element("sz", ["val": String(size)])
                    try xml.element("name", ["val": "宋体"])
                    try xml.element("family", ["val": "3"])
                    try xml.element("charset", ["val": "134"])  // GB2312
                }
            }
            try xml.element("fonts", ["count": "3"]) {
                try font(size: 11, bold: false)
                try font(size: 11, bold: true)
                try font(size: 14, bold: true)
            }
            try xml.element("fills", ["count": "3"]) {
                try xml.element("fill") { try xml.element("patternFill", ["patternType": "none"]) }
                try xml.element("fill") { try xml.element("patternFill", ["patternType": "gray125"]) }
                try xml.element("fill") {
                    try xml.element("patternFill", ["patternType": "solid"]) { try xml.element("fgColor", ["rgb": "FFE7E6E6"]) }
                }
            }
            try xml.element("borders", ["count": "2"]) {
                try xml.element("border") { for side in ["left", "right", "top", "bottom", "diagonal"] { try xml.element(side) } }
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
            // Default, title, header, centered, text, further title lines (see `styleIndex`).
            let formats: [(font: Int, fill: Int, border: Int, horizontal: String?)] =
                [(0, 0, 0, nil), (2, 0, 0, "center"), (1, 2, 1, "center"), (0, 0, 1, "center"), (0, 0, 1, "left"), (0, 0, 0, "center")]
            try xml.element("cellXfs", ["count": String(formats.count)]) {
                for format in formats {
                    try xml.element("xf", ["numFmtId": "0", "fontId": String(format.font), "fillId": String(format.fill),
                                           "borderId": String(format.border), "xfId": "0",
                                           "applyFont": "1", "applyFill": "1", "applyBorder": "1", "applyAlignment": "1"]) {
                        if let horizontal = format.horizontal {
                            try xml.element("alignment", ["horizontal": horizontal, "vertical": "center"])
                        }
                    }
                }
            }
            try xml.element("cellStyles", ["count": "1"]) { try xml.element("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"]) }
        }
        return try xml.finish()
    }

    private static func sheet(_ sheet: Worksheet, lists: [[String]: String], strings: inout SharedStrings) throws -> [UInt8] {
        let columns = max(1, sheet.rows.map(\.count).max() ?? 0)
        let offset = sheet.titles.count  // table rows start under the title lines
        var widths = (0..<columns).map { max(6.0, sheet.minimumWidths.indices.contains($0) ? sheet.minimumWidths[$0] : 0) }
        for row in sheet.rows {
            for (index, cell) in row.enumerated() {
                if case .text(let text) = cell.value { widths[index] = max(widths[index], width(text)) }
                if case .number(let number) = cell.value { widths[index] = max(widths[index], width(String(number))) }
            }
        }
        let xml = XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("worksheet", ["xmlns": mainNamespace, "xmlns:r": DOCXWriter.relationshipNamespace]) {
            // Printed on A4 one page wide; landscape when the columns are wider than portrait holds.
            try xml.element("sheetPr") { try xml.element("pageSetUpPr", ["fitToPage": "1"]) }
            let last = "\(columnName(columns - 1))\(max(1, sheet.rows.count + offset))"
            try xml.element("dimension", ["ref": "A1:\(last)"])
            try xml.element("sheetViews") {
                try xml.element("sheetView", ["workbookViewId": "0"]) {
                    let frozenRows = offset + sheet.headerRows, frozenColumns = sheet.frozenColumns
                    if frozenRows > 0 || frozenColumns > 0 {
                        var pane: [(String, String)] = []
                        if frozenColumns > 0 { pane.append(("xSplit", String(frozenColumns))) }
                        if frozenRows > 0 { pane.append(("ySplit", String(frozenRows))) }
                        let active = frozenColumns > 0 ? (frozenRows > 0 ? "bottomRight" : "topRight") : "bottomLeft"
                        try xml.startElement("pane")
                        for (name, value) in pane { try xml.attribute(name, value) }
                        try xml.attribute("topLeftCell", "\(columnName(frozenColumns))\(frozenRows + 1)")
                        try xml.attribute("activePane", active)
                        try xml.attribute("state", "frozen")
                        try xml.endElement()
                    }
                }
            }
            try xml.element("cols") {
                for (index, width) in widths.enumerated() {
                    try xml.element("col", ["min": String(index + 1), "max": String(index + 1),
                                            "width": Units.decimal(width), "customWidth": "1"])
                }
            }
            try xml.element("sheetData") {
                for (index, title) in sheet.titles.enumerated() {
                    try xml.element("row", index == 0 ? ["r": "1", "ht": "24", "customHeight": "1"] : ["r": String(index + 1)]) {
                        try xml.element("c", ["r": "A\(index + 1)", "s": index == 0 ? "1" : "5", "t": "s"]) {
                            try xml.element("v", text: String(strings.index(title)))
                        }
                    }
                }
                // Column letters and style numbers once per sheet, not per cell (a 就餐 sheet has 170,000 cells).
                let columnNames = (0..<columns).map(columnName)
                for (rowIndex, row) in sheet.rows.enumerated() {
                    let number = rowIndex + 1 + offset, rowNumber = String(number)
                    try xml.element("row", ["r": rowNumber]) {
                        for (columnIndex, cell) in row.enumerated() {
                            let reference = columnNames[columnIndex] + rowNumber, style = Self.styleNumbers[styleIndex(cell.look)]
                            switch cell.value {
                            case .text(let text):
                                try xml.element("c", ["r": reference, "s": style, "t": "s"]) {
                                    try xml.element("v", text: String(strings.index(text)))
                                }
                            case .number(let value):
                                try xml.element("c", ["r": reference, "s": style]) { try xml.element("v", text: String(value)) }
                            case .empty:
                                try xml.element("c", ["r": reference, "s": style])
                            }
                        }
                    }
                }
            }
            if sheet.filtered, sheet.headerRows > 0 {
                let first = offset + sheet.headerRows
                try xml.element("autoFilter", ["ref": "A\(first):\(columnName(columns - 1))\(max(first, sheet.rows.count + offset))"])
            }
            if !sheet.titles.isEmpty, columns > 1 {
                try xml.element("mergeCells", ["count": String(sheet.titles.count)]) {
                    for row in 1...sheet.titles.count { try xml.element("mergeCell", ["ref": "A\(row):\(columnName(columns - 1))\(row)"]) }
                }
            }
            if !sheet.validations.isEmpty {
                try xml.element("dataValidations", ["count": String(sheet.validations.count)]) {
                    for validation in sheet.validations {
                        let column = columnName(validation.column)
                        let range = "\(column)\(validation.firstRow + 1 + offset):\(column)\(validation.lastRow + 1 + offset)"
                        try xml.element("dataValidation", ["type": "list", "allowBlank": "1", "showErrorMessage": "1", "sqref": range]) {
                            try xml.element("formula1", text: lists[validation.choices] ?? "\"\(validation.choices.joined(separator: ","))\"")
                        }
                    }
                }
            }
            try xml.element("pageMargins", ["left": "0.7", "right": "0.7", "top": "0.75", "bottom": "0.75", "header": "0.3", "footer": "0.3"])
            try xml.element("pageSetup", ["paperSize": "9", "orientation": widths.reduce(0, +) > 90 ? "landscape" : "portrait",
                                          "fitToWidth": "1", "fitToHeight": "0"])
        }
        return try xml.finish()
    }
}

/// The shared string table: each distinct text once, numbered in order of first use.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    mutating func index(_ text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    func part() throws -> [UInt8] {
        let xml = XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("sst", ["xmlns": XLSXWriter.mainNamespace, "count": String(uses), "uniqueCount": String(texts.count)]) {
            for text in texts {
                // sml.xsd types `t` as a plain string: no `xml:space` (valid SpreadsheetML over Excel's habit).
                try xml.element("si") { try xml.element("t", text: text) }
            }
        }
        return try xml.finish()
    }
}
