import Foundation
import XMLSupport

/// Reads an XLSX back as a spreadsheet program would: each sheet's cells by reference, text
/// through the shared string table. A reader of its own, independent of the roster reader under test.
public enum SpreadsheetReader {
    /// Sheets in workbook order: (name, rows of cell texts; missing cells are "").
    public static func sheets(_ bytes: [UInt8]) throws -> [(name: String, rows: [[String]])] {
        let parts = Dictionary(try ZipParts.read(bytes).map { ($0.name, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        var strings: [String] = []
        if let shared = parts["xl/sharedStrings.xml"] {
            var current: String?
            let reader = try XMLReader(bytes: shared)
            while let event = try reader.next() {
                switch event {
                case .start(let name, _, let isEmpty) where name == "si": current = isEmpty ? nil : ""
                    if isEmpty { strings.append("") }
                case .text(let text): current? += text
                case .end(let name) where name == "si": strings.append(current ?? ""); current = nil
                default: break
                }
            }
        }
        var names: [String] = []
        let workbook = try XMLReader(bytes: parts["xl/workbook.xml"] ?? [])
        while let event = try workbook.next() {
            if case .start("sheet", let attributes, _) = event { names.append(attributes["name"] ?? "") }
        }
        return try names.enumerated().map { index, name in
            (name, try cells(parts["xl/worksheets/sheet\(index + 1).xml"] ?? [], strings: strings))
        }
    }

    private static func cells(_ sheet: [UInt8], strings: [String]) throws -> [[String]] {
        var rows: [[String]] = []
        var reference = "", type = "", value: String?
        let reader = try XMLReader(bytes: sheet)
        while let event = try reader.next() {
            switch event {
            case .start("c", let attributes, _):
                reference = attributes["r"] ?? ""; type = attributes["t"] ?? ""; value = nil
            case .start("v", _, _): value = ""
            case .text(let text): value? += text
            case .end("c"):
                let letters = reference.prefix { $0.isLetter }, row = Int(reference.dropFirst(letters.count)) ?? 1
                let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
                while rows.count < row { rows.append([]) }
                while rows[row - 1].count <= column { rows[row - 1].append("") }
                let text = value ?? ""
                rows[row - 1][column] = type == "s" ? (Int(text).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? "") : text
            default: break
            }
        }
        return rows
    }
}
