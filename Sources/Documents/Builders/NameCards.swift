import MeetingPlan
import Seating

/// 桌签: one tent card per A4 landscape page, folded across the middle. The lower half reads
/// upright on the desk; the upper half is turned 180° so it reads upright from the other side.
public enum NameCards {
    /// The largest size a name may have: a half page is 90 mm (255 pt) of text area high.
    static let maximumSize = 150.0
    /// Share of the card's width a name may fill.
    static let widthShare = 0.85
    /// A 列席's card says 列席 under the name, in the name's face (one face per card, §8.1.4) at
    /// 二号 (22 pt): under it because the name keeps the size and centre every card of the
    /// meeting has (beside it, it would push the name off centre or shrink it); small because the
    /// name is what the card is read for (§8.1.2) and the label only tells 列席 from 出席 (§2.1.10).
    static let roleLabelSize = 22.0
    /// The label's strip (mm) along the face's outer edge, and the part of the face (mm, from
    /// that edge) the name of a 列席's card gives up to it: the name is centred in the rest, 7 mm
    /// towards the fold, which keeps it clear of the label however a word processor sets the
    /// line (Writer sets a 150 pt 黑体 line's ink 9 mm below its box's centre).
    static let roleLabelStrip = 10.0, roleLabelClearance = 14.0

    public static func build(_ plan: Plan, seats: SeatPlan) -> OfficeDocument {
        let seated = Attendance.seatedPeople(plan, seats: seats)
        let names = displayNames(seated)
        return build(plan, cards: seated, names: names, size: fittedSize(names))
    }

    /// The same cards in consecutive parts of at most `cardsPerPart` cards each, every card at the
    /// size it has in the whole set: for converters whose time grows faster than the pages (the
    /// parts' PDFs joined in order are the whole set's).
    public static func parts(_ plan: Plan, seats: SeatPlan, cardsPerPart: Int) -> [OfficeDocument] {
        let seated = Attendance.seatedPeople(plan, seats: seats)
        let names = displayNames(seated)
        let size = fittedSize(names)
        return stride(from: 0, to: seated.count, by: max(1, cardsPerPart)).map { start in
            let part = start..<min(seated.count, start + cardsPerPart)
            return build(plan, cards: Array(seated[part]), names: Array(names[part]), size: size)
        }
    }

    /// The cards of `cards` only (桌签 to reprint), at the size the cards of `everyone` have, so
    /// that a reprinted card matches the ones already on the desks.
    public static func build(_ plan: Plan, cards: [Person], sizedFor everyone: [Person]) -> OfficeDocument {
        build(plan, cards: cards, names: displayNames(cards), size: fittedSize(displayNames(everyone)))
    }

    /// The cards of `cards`, named `names` (their display names) at `size` points.
    private static func build(_ plan: Plan, cards: [Person], names: [String], size: Double) -> OfficeDocument {
        let page = PageSetup.a4Landscape
        let half = page.textHeight / 2
        // People are read by index: a for-in or a closure copied each whole `Person`.
        let observers = cards.indices.map { cards[$0].role == .observer }
        var blocks: [Block] = []
        // A page break and two faces a card, and a label on each face of a 列席's.
        blocks.reserveCapacity(names.count * 3 + observers.count(where: { $0 }) * 2)
        for (index, name) in names.enumerated() {
            if index > 0 { blocks.append(.paragraph(Paragraph(GongwenStyles.plain, [Run](), ParagraphOverrides(pageBreakBefore: true)))) }
            // The face on the run as well as the style: Writer sets a drawing's text in the run's
            // face and ignores its paragraph style's (seating-conventions §8.1.4: one face and
            // size on both sides). One paragraph for both faces.
            let paragraph = Paragraph(GongwenStyles.cardName, [Run(name, font: GongwenStyles.cardName.font, size: size)])
            let labelled = observers[index]
            for upsideDown in [true, false] {
                let clearance = labelled ? roleLabelClearance : 0
                blocks.append(.frame(TextFrame(x: 0, y: upsideDown ? clearance : half, width: page.textWidth, height: half - clearance,
                                               upsideDown: upsideDown, paragraph: paragraph)))
                if labelled {
                    // Under the name as the face is read: a strip along the sheet's edge (the
                    // turned face's is the top of the sheet).
                    let strip = roleLabelStrip
                    let label = Paragraph(GongwenStyles.cardName, [Run(PersonRole.observer.label, font: GongwenStyles.cardName.font,
                                                                       size: roleLabelSize)])
                    blocks.append(.frame(TextFrame(x: 0, y: upsideDown ? 0 : page.textHeight - strip, width: page.textWidth,
                                                   height: strip, upsideDown: upsideDown, paragraph: label)))
                }
            }
        }
        return OfficeDocument(title: "\(plan.meeting.title)桌签", page: page, pageNumbers: false,
                              styles: GongwenStyles.all, blocks: blocks)
    }

    /// Two-character names are spaced with an ideographic space (王　强), the custom on cards.
    public static func displayName(_ name: String) -> String {
        guard TextMeasure.characterCount(name) == 2 else { return name }
        let second = name.index(after: name.startIndex)
        return "\(name[..<second])\u{3000}\(name[second...])"
    }

    /// The display names of `people`, read by index (a closure over the list copied each `Person`).
    private static func displayNames(_ people: [Person]) -> [String] {
        people.indices.map { displayName(people[$0].name) }
    }

    /// One size for every card: the longest of the display names fills `widthShare` of the card's width.
    static func fittedSize(_ names: [String]) -> Double {
        let longest = names.map { Double(TextMeasure.ems($0)) }.max() ?? 1
        let widthPoints = PageSetup.a4Landscape.textWidth * 72 / 25.4
        return min(maximumSize, (widthPoints * widthShare / max(longest, 1)).rounded(.down))
    }
}

/// Rough text widths in ems of the font size: CJK and full-width characters are one em, Latin
/// (set in the Latin face, × included) half, a word joiner nothing.
enum TextMeasure {
    static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{2060}" ? 0 : $1.value < 0x100 ? 0.5 : 1) }
    }

    /// How many characters `text` has. A Han ideograph, an ideographic space, a middle dot or a
    /// printable ASCII character never joins a neighbouring scalar into one character, so a text
    /// of only those is counted by its scalars, without the search for character boundaries
    /// (most of the cost of a name's characters, on every card, 座次表 cell and chart seat).
    static func characterCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar) else { return text.count }
            count += 1
        }
        return count
    }

    /// Each character of `text` as a string, in order (see `characterCount`).
    static func forEachCharacter(_ text: String, _ body: (String) throws -> Void) rethrows {
        if text.unicodeScalars.allSatisfy(standsAlone) {
            for scalar in text.unicodeScalars { try body(String(scalar)) }
        } else {
            for character in text { try body(String(character)) }
        }
    }

    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xB7, 0x3000: return true
        default: return GBKFallback.isHan(scalar)
        }
    }

    /// `text` in pieces of at most `limit` ems each, broken between characters.
    static func wrap(_ text: String, ems limit: Double) -> [String] {
        // The piece's width is kept as it grows, not measured again for every character (the
        // sums of halves and ones are exact, so they are the measured widths).
        var pieces: [String] = [], current = "", width = 0.0
        for character in text {
            let added = ems(String(character))
            if !current.isEmpty && width + added > limit {
                pieces.append(current)
                current = ""
                width = 0
            }
            current.append(character)
            width += added
        }
        return pieces + (current.isEmpty ? [] : [current])
    }

    /// Points a line of `text` takes at `size` points with `spacing` added to every character.
    static func width(_ text: String, size: Double, spacing: Double) -> Double {
        line(text, size: size, spacing: spacing).width
    }

    /// `width`, and the points of the quarter ems where Latin letters or digits meet Chinese
    /// (`12|月|8|日`): Word and Writer put one there (autospace). One pass over the scalars
    /// (word joiners skipped) for both: every cell of a 3,000-row table is measured.
    static func line(_ text: String, size: Double, spacing: Double) -> (width: Double, autospace: Double) {
        func latin(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
            case 0x80..<0x100: return scalar.properties.isAlphabetic
            default: return false
            }
        }
        var ems = 0.0, characters = 0, changes = 0
        var previousLatin = false, previousChinese = false
        for scalar in text.unicodeScalars where scalar != "\u{2060}" {
            ems += scalar.value < 0x100 ? 0.5 : 1
            characters += 1
            let isLatin = latin(scalar), isChinese = GBKFallback.isHan(scalar)
            if (previousLatin && isChinese) || (previousChinese && isLatin) { changes += 1 }
            (previousLatin, previousChinese) = (isLatin, isChinese)
        }
        return (ems * size + Double(characters) * spacing, Double(changes) * size / 4)
    }

    /// Lines a paragraph takes on a line `width` points wide at `size` points, first line indented.
    static func lines(_ text: String, size: Double, spacing: Double, width: Double, firstLineIndent: Double = 0) -> Int {
        let advance = size + spacing
        let total = ems(text) * advance + firstLineIndent
        return max(1, Int((total / (width + 0.5)).rounded(.up)))
    }
}
