import MeetingPlan
import XMLSupport

/// Characters outside GB2312 (rare name characters, 生僻字): a `_GB2312` face lacks them, so
/// they are set in the GBK face of the same style (仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体).
public enum GBKFallback {
    /// A person whose name has characters outside GB2312.
    public struct RareName: Sendable, Equatable {
        public var personID: String
        public var name: String
        public var characters: [Character]
        public var location: SourceLocation
    }

    /// The Han characters of `text` that GB2312 lacks, in order, each once.
    public static func outsideGB2312(_ text: String) -> [Character] {
        var found: [Character] = []
        for scalar in text.unicodeScalars where isHan(scalar) && !GB2312Hanzi.contains(scalar) {
            let character = Character(scalar)
            if !found.contains(character) { found.append(character) }
        }
        return found
    }

    /// People of the plan whose names need the GBK face (`export` warns about each).
    public static func rareNames(_ plan: Plan) -> [RareName] {
        plan.people.compactMap { person in
            let rare = outsideGB2312(person.name)
            return rare.isEmpty ? nil : RareName(personID: person.id, name: person.name, characters: rare, location: person.location)
        }
    }

    /// The document with every run in a `_GB2312` face split so that characters outside GB2312
    /// take the GBK face.
    static func apply(_ document: OfficeDocument) -> OfficeDocument {
        let faces = Dictionary(document.styles.map { ($0.id, $0.font) }, uniquingKeysWith: { first, _ in first })
        // Replaced only where a run needs the GBK face, so the document's arrays are copied only
        // then: rebuilding every paragraph, row and cell of a 3,000-row table for names that
        // almost never need it was a tenth of an export's allocations.
        // The text is tested before the face is looked up: almost no paragraph has such a
        // character, and a look-up for every paragraph of a document hashed its style's name.
        func needsFix(_ paragraph: Paragraph) -> Bool {
            guard paragraph.runs.contains(where: { hasCharacterOutsideGB2312($0.text) }), let styleFace = faces[paragraph.style] else { return false }
            return paragraph.runs.contains { needsGBK($0, face: $0.font ?? styleFace) }
        }
        func fixed(_ paragraph: Paragraph) -> Paragraph {
            var fixed = paragraph
            fixed.runs = paragraph.runs.flatMap { split($0, face: $0.font ?? faces[paragraph.style]!) }
            return fixed
        }
        func fix(_ table: inout Table) -> Bool {
            var changed = false
            for row in table.rows.indices {
                for cell in table.rows[row].indices {
                    for index in table.rows[row][cell].paragraphs.indices where needsFix(table.rows[row][cell].paragraphs[index]) {
                        table.rows[row][cell].paragraphs[index] = fixed(table.rows[row][cell].paragraphs[index])
                        changed = true
                    }
                }
            }
            return changed
        }
        var result = document
        for (index, block) in document.blocks.enumerated() {
            switch block {
            case .paragraph(let paragraph):
                if needsFix(paragraph) { result.blocks[index] = .paragraph(fixed(paragraph)) }
            case .table(var table):
                if fix(&table) { result.blocks[index] = .table(table) }
            case .recordPage(var table):
                if fix(&table) { result.blocks[index] = .recordPage(table) }
            case .tableOfContents: break  // its entries are the headings', fixed with them
            case .frame: break  // tent cards are set in 黑体, which has the GBK set
            }
        }
        return result
    }

    /// The run is in a `_GB2312` face and has a character outside GB2312.
    private static func needsGBK(_ run: Run, face: FontFace) -> Bool {
        face.gbkFace != nil && hasCharacterOutsideGB2312(run.text)
    }

    /// Scanned as UTF-8 bytes, decoding only characters of three or four bytes that start at or
    /// above U+3000 (decoding every scalar of every paragraph was a hot spot of large exports).
    static func hasCharacterOutsideGB2312(_ text: String) -> Bool {
        text.withContiguousUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let lead = UInt32(utf8[index])
                // ASCII, continuation bytes and characters below U+3000: no Han ideograph.
                guard lead >= 0xE3 else { index += 1; continue }
                let value: UInt32
                if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                    index += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12 | UInt32(utf8[index + 2] & 0x3F) << 6
                        | UInt32(utf8[index + 3] & 0x3F)
                    index += 4
                }
                if isHan(value) && !GB2312Hanzi.contains(value) { return true }
            }
            return false
        }
    }

    private static func split(_ run: Run, face: FontFace) -> [Run] {
        guard let gbk = face.gbkFace, needsGBK(run, face: face) else { return [run] }
        let stretches = run.stretches { character, _ -> FontFace? in
            character.unicodeScalars.contains { isHan($0) && !GB2312Hanzi.contains($0) } ? gbk : run.font
        }
        return stretches.enumerated().map { index, stretch in
            Run(stretch.text, font: stretch.key, size: run.size, color: run.color, lineBreakBefore: index == 0 && run.lineBreakBefore)
        }
    }

    /// Han ideographs (CJK Unified Ideographs, extensions and compatibility ideographs).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool { isHan(scalar.value) }

    private static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
