import MeetingPlan

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
        for scalar in text.unicodeScalars where isHan(scalar) && !GB2312Hanzi.characters.contains(scalar) {
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
        func fix(_ paragraph: Paragraph) -> Paragraph {
            guard let styleFace = faces[paragraph.style] else { return paragraph }
            var fixed = paragraph
            fixed.runs = paragraph.runs.flatMap { split($0, face: $0.font ?? styleFace) }
            return fixed
        }
        func fix(_ table: Table) -> Table {
            var fixed = table
            fixed.rows = table.rows.map { $0.map { cell in
                var cell = cell
                cell.paragraphs = cell.paragraphs.map(fix)
                return cell
            } }
            return fixed
        }
        var fixed = document
        fixed.blocks = document.blocks.map { block in
            switch block {
            case .paragraph(let paragraph): return .paragraph(fix(paragraph))
            case .table(let table): return .table(fix(table))
            case .recordPage(let table): return .recordPage(fix(table))
            case .tableOfContents: return block  // its entries are the headings', fixed with them
            case .frame: return block  // tent cards are set in 黑体, which has the GBK set
            }
        }
        return fixed
    }

    private static func split(_ run: Run, face: FontFace) -> [Run] {
        guard let gbk = face.gbkFace, !outsideGB2312(run.text).isEmpty else { return [run] }
        let stretches = run.stretches { character, _ -> FontFace? in
            character.unicodeScalars.contains { isHan($0) && !GB2312Hanzi.characters.contains($0) } ? gbk : run.font
        }
        return stretches.enumerated().map { index, stretch in
            Run(stretch.text, font: stretch.key, size: run.size, color: run.color, lineBreakBefore: index == 0 && run.lineBreakBefore)
        }
    }

    /// Han ideographs (CJK Unified Ideographs, extensions and compatibility ideographs).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
