import Changes
import Foundation
import MeetingPlan
import Seating
import XMLSupport

/// `seating-<zone>.svg`: one zone's seats at the layout's geometry, with names, the rostrum or
/// stage, the door, and the frame printed, sized for A4 landscape (A3 for large halls).
public enum SeatingChart {
    /// Drawing units are millimetres on the page.
    private struct Seat {
        var x: Double, y: Double, width: Double, height: Double
        var label: String?
        var name: String?
        /// A seat that exists but stays empty (console, pillar, reserved).
        var closed = false
        /// How the seat changed since the previous version (`--changes-from`).
        var mark: SeatMark?
        /// Where the seat is and who sits there, for the page's chart (`pageSVG`).
        var address: ZoneSeat?
        var person: String?
    }

    private struct Drawing {
        var seats: [Seat] = []
        /// Labelled bands: the rostrum, the stage or the door, as (x, y, width, text).
        var markers: [(x: Double, y: Double, width: Double, text: String)] = []
        /// Free text: row numbers, aisle names, the unit key, as (x, y, size, anchor, text).
        var labels: [(x: Double, y: Double, size: Double, anchor: String, text: String)] = []
        /// Dashed outlines around each unit's run of seats in a hall row, as (x, y, width, height).
        var outlines: [(x: Double, y: Double, width: Double, height: Double)] = []
        /// The unit of each outline, with its row.
        var units: [(unit: String, row: Int)] = []
        var tables: [(x: Double, y: Double, radius: Double, width: Double, height: Double, label: String)] = []
        var width: Double = 0
        var height: Double = 0
    }

    public static func svg(_ zone: SeatedZone, plan: Plan) throws -> String {
        String(decoding: try svgBytes(zone, plan: plan), as: UTF8.self)
    }

    /// The chart as the bytes of its file: what an export writes, without making a String of
    /// the writer's bytes and bytes of that String again (a 3,000-seat chart is 1.1 MB).
    public static func svgBytes(_ zone: SeatedZone, plan: Plan) throws -> [UInt8] {
        try drawn(zone, plan: plan, marks: [:])
    }

    /// The chart `banhui serve`'s page shows: the same drawing, each seat a `<g class="seat">`
    /// naming its place (`data-row` or `data-table`, and `data-seat`) and its sitter
    /// (`data-person`), so the page's script can select seats and drop names on them. Exported
    /// charts stay without these groups.
    public static func pageSVG(_ zone: SeatedZone, plan: Plan) throws -> String {
        String(decoding: try drawn(zone, plan: plan, marks: [:], forPage: true), as: UTF8.self)
    }

    /// The chart with the seats that changed since the previous version marked, and a legend.
    public static func svg(_ zone: SeatedZone, plan: Plan, changes: PlanChanges) throws -> String {
        String(decoding: try svgBytes(zone, plan: plan, changes: changes), as: UTF8.self)
    }

    /// `svg(_:plan:changes:)` as the bytes of its file.
    public static func svgBytes(_ zone: SeatedZone, plan: Plan, changes: PlanChanges) throws -> [UInt8] {
        try drawn(zone, plan: plan, marks: SeatMark.marks(for: zone, changes: changes))
    }

    private static func drawn(_ zone: SeatedZone, plan: Plan, marks: [SeatLabel: SeatMark], forPage: Bool = false) throws -> [UInt8] {
        let people = plan.peopleByID
        let drawing = zone.frame == .table ? tableDrawing(zone, names: people.mapValues(\.name), marks: marks)
            : rowDrawing(zone, people: people, marks: marks)
        let margin = 12.0, header = 22.0
        let (pageWidth, pageHeight) = drawing.width > 380 || drawing.height > 260 ? (420.0, 297.0) : (297.0, 210.0)
        let scale = min(1, (pageWidth - 2 * margin) / max(drawing.width, 1), (pageHeight - 2 * margin - header) / max(drawing.height, 1))
        let writer = XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("svg")
        try writer.attribute("xmlns", "http://www.w3.org/2000/svg")
        // Han characters take their Simplified Chinese forms whatever font the viewer falls back to.
        try writer.attribute("xml:lang", "zh-CN")
        try writer.attribute("width", "\(format(pageWidth))mm")
        try writer.attribute("height", "\(format(pageHeight))mm")
        try writer.attribute("viewBox", "0 0 \(format(pageWidth)) \(format(pageHeight))")
        try writer.attribute("font-family", "Noto Serif CJK SC, Source Han Serif SC, SimSun, serif")
        try writer.element("title", text: "\(plan.meeting.title) \(zone.name)座次图")
        try writer.element("style", text: stylesheet)
        try writer.element("text", ["x": format(pageWidth / 2), "y": format(margin + 6), "font-size": "7", "text-anchor": "middle",
                                    "font-weight": "bold"], text: "\(zone.name)座次图")
        try writer.element("text", ["x": format(pageWidth / 2), "y": format(margin + 13), "font-size": "4", "text-anchor": "middle"],
                           text: plan.meeting.title + (plan.sessionByZone[zone.name].map { " \($0.item)" } ?? "") + SeatMapFormats.frameNote(zone))
        if !marks.isEmpty { try legend(at: (margin, margin + 16), writer) }
        let offsetX = (pageWidth - drawing.width * scale) / 2, offsetY = margin + header
        try writer.startElement("g")
        try writer.attribute("transform", "translate(\(format(offsetX)) \(format(offsetY))) scale(\(format(scale)))")
        // A name's size and anchor, inherited by every name: the other texts state their own.
        try writer.attribute("font-size", nameSizeText)
        try writer.attribute("text-anchor", "middle")
        var number = NumberTexts()
        for marker in drawing.markers {
            try writer.element("rect", ["x": format(marker.x), "y": format(marker.y), "width": format(marker.width), "height": "8",
                                        "fill": "#eeeeee", "stroke": "#444444", "stroke-width": "0.3"])
            try writer.element("text", ["x": format(marker.x + marker.width / 2), "y": format(marker.y + 5.6), "font-size": "4.5",
                                        "text-anchor": "middle"], text: marker.text)
        }
        for table in drawing.tables {
            if table.radius > 0 {
                try writer.element("circle", ["cx": format(table.x), "cy": format(table.y), "r": format(table.radius),
                                              "fill": "none", "stroke": "#444444", "stroke-width": "0.4"])
            } else {
                try writer.element("rect", ["x": format(table.x - table.width / 2), "y": format(table.y - table.height / 2),
                                            "width": format(table.width), "height": format(table.height),
                                            "fill": "none", "stroke": "#444444", "stroke-width": "0.4"])
            }
            try writer.element("text", ["x": format(table.x), "y": format(table.y + 2), "font-size": "5", "text-anchor": "middle"], text: table.label)
        }
        for outline in drawing.outlines {
            try writer.startElement("rect")
            try writer.attribute("class", "unit")
            try writer.attribute("x", number(outline.x))
            try writer.attribute("y", number(outline.y))
            try writer.attribute("width", number(outline.width))
            try writer.attribute("height", number(outline.height))
            try writer.endElement()
        }
        for seat in drawing.seats {
            if forPage {
                try writer.startElement("g")
                try writer.attribute("class", "seat")
                switch seat.address {
                case .row(let address)?:
                    try writer.attribute("data-row", "\(address.row)")
                    try writer.attribute("data-seat", "\(address.seat)")
                case .table(let table, let index)?:
                    try writer.attribute("data-table", "\(table)")
                    try writer.attribute("data-seat", "\(index)")
                case nil:
                    break
                }
                if let person = seat.person { try writer.attribute("data-person", person) }
                try draw(seat, writer, &number)
                try writer.endElement()
            } else {
                try draw(seat, writer, &number)
            }
        }
        for label in drawing.labels {
            try writer.element("text", ["x": format(label.x), "y": format(label.y), "font-size": format(label.size), "text-anchor": label.anchor],
                               text: label.text)
        }
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }

    /// A seat box: its label (row-seat or S-number) in a strip along the top, the name below it,
    /// across a landscape box and top to bottom (one character per line) down a portrait one.
    /// The box's colours and the label's look come from the stylesheet, the name's size (when
    /// it is `nameSize`) and anchor from the drawing's group: a seat writes its place and its text.
    private static func draw(_ seat: Seat, _ writer: XMLWriter, _ number: inout NumberTexts) throws {
        try writer.startElement("rect")
        try writer.attribute("class", boxClass(seat))
        try writer.attribute("x", number(seat.x))
        try writer.attribute("y", number(seat.y))
        try writer.attribute("width", number(seat.width))
        try writer.attribute("height", number(seat.height))
        try writer.endElement()
        let strip = seat.label == nil ? 0.0 : 3.0
        if let label = seat.label {
            try writer.startElement("text")
            try writer.attribute("class", "label")
            try writer.attribute("x", number(seat.x + 0.8))
            try writer.attribute("y", number(seat.y + 2.4))
            try writer.text(label)
            try writer.endElement()
        }
        guard let name = seat.name else { return }
        let centreX = seat.x + seat.width / 2
        let top = seat.y + strip, height = seat.height - strip
        try writer.startElement("text")
        if seat.width >= seat.height {
            let size = min(nameSize, (seat.width - 2) / Double(max(TextMeasure.characterCount(name), 1)), height - 1.5)
            try writer.attribute("x", number(centreX))
            try writer.attribute("y", number(top + height / 2 + size * 0.36))
            try sizeUnlessInherited(size, writer, &number)
            try writer.text(name)
        } else {
            let count = Double(max(TextMeasure.characterCount(name), 1))
            let size = min(nameSize, (height - 2) / count, seat.width - 1.5)
            let first = top + (height - size * count) / 2 + size * 0.86
            try sizeUnlessInherited(size, writer, &number)
            // One text element per name, so the chart holds each name as one string.
            let x = number(centreX)
            var index = 0
            try TextMeasure.forEachCharacter(name) { character in
                try writer.startElement("tspan")
                try writer.attribute("x", x)
                try writer.attribute("y", number(first + Double(index) * size))
                try writer.text(character)
                try writer.endElement()
                index += 1
            }
        }
        try writer.endElement()
    }

    /// A name's font size as an attribute where it differs from the one the drawing's group gives.
    private static func sizeUnlessInherited(_ size: Double, _ writer: XMLWriter, _ number: inout NumberTexts) throws {
        let text = number(size)
        if text != nameSizeText { try writer.attribute("font-size", text) }
    }

    /// The seat box's classes: `box`, and how it is filled when not as an occupied seat.
    private static func boxClass(_ seat: Seat) -> String {
        if seat.closed { return "box closed" }
        if let mark = seat.mark { return "box \(mark.className)" }
        return seat.name == nil ? "box empty" : "box"
    }

    /// The size of a name that fits its seat box; smaller only where a long name needs it.
    private static let nameSize = 4.0
    private static let nameSizeText = format(nameSize)

    /// The look every seat box, seat label and unit outline shares, said once for the chart
    /// instead of on each of them (a hall's chart has thousands). Rules name an element and a
    /// class only, so that a page showing the chart inline (`banhui serve`) still restyles seats
    /// with its own, more specific rules and nothing else on that page is touched.
    private static let stylesheet: String = {
        var rules = ["rect.box { fill: #ffffff; stroke: #222222; stroke-width: 0.3px }",
                     "rect.empty { fill: #f6f6f6 }",
                     "rect.closed { fill: #bbbbbb }"]
        rules += SeatMark.allCases.map { "rect.\($0.className) { fill: \($0.fill) }" }
        rules += ["text.label { font-size: 2.2px; fill: #666666; text-anchor: start }",
                  "rect.unit { fill: none; stroke: #7a7a7a; stroke-width: 0.3px; stroke-dasharray: 1 0.8 }"]
        return "\n" + rules.map { "    \($0)\n" }.joined() + "  "
    }()

    /// Numbers as the chart writes them, each formatted once: a hall's seats share their
    /// columns' x and their rows' y, so most of a chart's numbers recur. The texts are kept in a
    /// table open-addressed on the number's bits (equal numbers have one text, ±0 both "0"):
    /// a `Dictionary` hashes a `Double` with SipHash, which for the 25,000 numbers of a
    /// 3,000-seat chart cost more than the formatting it saved.
    private struct NumberTexts {
        private var slots = [(bits: UInt64, text: String)?](repeating: nil, count: 1024)
        private var count = 0

        mutating func callAsFunction(_ value: Double) -> String {
            let bits = value.bitPattern
            var slot = home(bits)
            while let entry = slots[slot] {
                if entry.bits == bits { return entry.text }
                slot = (slot + 1) % slots.count
            }
            let text = format(value)
            slots[slot] = (bits, text)
            count += 1
            if 2 * count > slots.count { grow() }
            return text
        }

        /// The slot a number's search starts at: the top bits of its bits times 2⁶⁴/φ, which
        /// depend on all of them (numbers differ mostly in their high bits).
        private func home(_ bits: UInt64) -> Int {
            Int((bits &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.count.trailingZeroBitCount))
        }

        private mutating func grow() {
            let entries = slots.compactMap { $0 }
            slots = Array(repeating: nil, count: 2 * slots.count)
            for entry in entries {
                var slot = home(entry.bits)
                while slots[slot] != nil { slot = (slot + 1) % slots.count }
                slots[slot] = entry
            }
        }
    }

    /// 新增 / 调整 / 空出 swatches in a line.
    private static func legend(at origin: (x: Double, y: Double), _ writer: XMLWriter) throws {
        for (index, mark) in SeatMark.allCases.enumerated() {
            let x = origin.x + Double(index) * 18
            try writer.element("rect", ["class": "box \(mark.className)", "x": format(x), "y": format(origin.y), "width": "5", "height": "3"])
            try writer.element("text", ["x": format(x + 6.5), "y": format(origin.y + 2.6), "font-size": "3"], text: mark.label)
        }
    }

    /// Rows: a rostrum or photo seen from the audience (front row at the bottom), a hall with the
    /// rostrum at the top and row 1 nearest it. Every seat stands at the engine's `x` (so rows of
    /// different lengths are centred on one axis), with its row and seat number; a hall's rows are
    /// numbered at both ends, its aisles named, and each unit's seats outlined and listed.
    private static func rowDrawing(_ zone: SeatedZone, people: [String: Person], marks: [SeatLabel: SeatMark]) -> Drawing {
        let rows = zone.seatedRows
        func name(_ id: String?) -> String? { id.flatMap { people[$0]?.name }.map(NamePadding.padded) }
        /// A narrow seat box is labelled with its seat number only.
        func seat(_ drawn: DrawnSeat, row: Int, narrow: Bool = false) -> Seat {
            Seat(x: 0, y: 0, width: 0, height: 0, label: narrow ? "\(drawn.number)" : "\(row)-\(drawn.number)", name: name(drawn.person),
                 closed: drawn.closed, mark: marks[.row(row, seat: drawn.number)], address: .row(SeatAddress(row: row, seat: drawn.number)),
                 person: drawn.person)
        }
        if zone.layout?.horseshoe == true, rows.count == 1 {
            return horseshoeDrawing(rows[0], behind: zone.behindRow, seat: { seat($0, row: 1) }, name: name)
        }
        var drawing = Drawing()
        let drawn = rows.map(\.drawnSeats)
        drawing.seats.reserveCapacity(drawn.reduce(0) { $0 + $1.count } + (zone.behindRow?.seats.count ?? 0))
        let xs = drawn.flatMap { $0.map(\.x) } + (zone.behindRow?.x ?? [])
        let low = xs.min() ?? 0, high = xs.max() ?? 0
        let narrow = high - low >= 20
        let seatWidth = narrow ? 7.0 : 20.0, seatHeight = narrow ? 18.0 : 10.0, gap = narrow ? 1.0 : 3.0
        let pitch = seatWidth + gap
        let isHall = zone.kind == .hall
        let side = isHall ? 14.0 : 0
        func left(_ x: Double) -> Double { side + (x - low) * pitch }
        drawing.width = left(high) + seatWidth + side
        let top = 12.0 + (zone.behindRow == nil ? 0 : seatHeight + gap + 2)
        let rowPitch = seatHeight + gap + 2
        for (index, row) in rows.enumerated() {
            let line = isHall ? index : rows.count - 1 - index
            let y = top + Double(line) * rowPitch
            var runs: [(unit: String, first: Double, last: Double)] = []
            for cell in drawn[index] {
                var placed = seat(cell, row: row.number, narrow: narrow)
                (placed.x, placed.y, placed.width, placed.height) = (left(cell.x), y, seatWidth, seatHeight)
                drawing.seats.append(placed)
                let unit = cell.person.flatMap { people[$0]?.unit } ?? ""
                if isHall, !unit.isEmpty {
                    if let last = runs.last, last.unit == unit, cell.x - last.last <= 1.01 {
                        runs[runs.count - 1].last = cell.x
                    } else {
                        runs.append((unit, cell.x, cell.x))
                    }
                }
            }
            if isHall {
                // The row number at both ends of the row; a row of 列席 says so under its number.
                let observers = Attendance.isObserverRow(row, people: people)
                let numberY = y + seatHeight / 2 + (observers ? -0.4 : 1.2)
                drawing.labels.append((2, numberY, 3.2, "start", "\(row.number)排"))
                drawing.labels.append((drawing.width - 2, numberY, 3.2, "end", "\(row.number)排"))
                if observers {
                    drawing.labels.append((2, numberY + 3.4, 3, "start", PersonRole.observer.label))
                    drawing.labels.append((drawing.width - 2, numberY + 3.4, 3, "end", PersonRole.observer.label))
                    drawing.units.append((unit: PersonRole.observer.label, row: row.number))
                }
                for run in runs {
                    drawing.outlines.append((left(run.first) - gap / 2, y - 1, left(run.last) - left(run.first) + seatWidth + gap, seatHeight + 2))
                    drawing.units.append((unit: run.unit, row: row.number))
                }
            }
        }
        if let behind = zone.behindRow {
            for (x, id) in zip(behind.x, behind.seats) {
                drawing.seats.append(Seat(x: left(x), y: 12, width: seatWidth, height: seatHeight, label: "后", name: name(id), person: id))
            }
        }
        var bottom = top + Double(rows.count) * rowPitch + 2
        for aisle in zone.aisles {
            drawing.labels.append((left(aisle) + seatWidth / 2, top - 2, 3, "middle", "过道"))
            drawing.labels.append((left(aisle) + seatWidth / 2, bottom - 1, 3, "middle", "过道"))
        }
        switch zone.kind {
        case .hall:
            drawing.markers = [(0, 0, drawing.width, "主 席 台"), (drawing.width / 3, bottom, drawing.width / 3, "门")]
        case .rostrum:
            drawing.markers = [(0, 0, drawing.width, "背景板"), (0, bottom, drawing.width, "台 下（观众）")]
        case .photo:
            drawing.markers = [(0, 0, drawing.width, "背景"), (drawing.width / 3, bottom, drawing.width / 3, "摄影位")]
        case .talks, .banquet:
            drawing.markers = [(0, 0, drawing.width, "后墙"), (drawing.width / 3, bottom, drawing.width / 3, "门")]
        }
        bottom += 12
        // The unit key: each unit with the rows it sits in, in seating order.
        var unitRows: [(unit: String, rows: [Int])] = []
        for entry in drawing.units {
            if let index = unitRows.firstIndex(where: { $0.unit == entry.unit }) {
                if unitRows[index].rows.last != entry.row { unitRows[index].rows.append(entry.row) }
            } else {
                unitRows.append((entry.unit, [entry.row]))
            }
        }
        // Columns as wide as the longest entry, measured in em of the key's size; an entry wider
        // than the chart wraps onto lines of its own, so no text ever runs into the next column.
        let keySize = 3.5
        let entries = unitRows.map { entry -> String in
            let rowsText = entry.rows.count == 1 ? "第\(entry.rows[0])排" : "第\(entry.rows.first!)—\(entry.rows.last!)排"
            return entry.unit == PersonRole.observer.label ? "列席人员：\(rowsText)" : "□ \(entry.unit)：\(rowsText)"
        }
        let usable = max(drawing.width - 4, keySize)
        let column = min(usable, (entries.map { TextMeasure.ems($0) * keySize }.max() ?? 0) + 4)
        let perLine = max(1, Int(usable / column))
        var line = 0, place = 0
        for entry in entries {
            let pieces = TextMeasure.wrap(entry, ems: usable / keySize)
            if place > 0 && (pieces.count > 1 || place == perLine) { line += 1; place = 0 }
            for (index, piece) in pieces.enumerated() {
                drawing.labels.append((Double(place) * column + 2, bottom + Double(line + index) * 6, keySize, "start", piece))
            }
            if pieces.count > 1 { line += pieces.count; place = 0 } else { place += 1 }
        }
        drawing.height = bottom + Double(line + (place > 0 ? 1 : 0)) * 6 + 4
        return drawing
    }

    /// A horseshoe (U-shaped 会见 room) seen from the door: the row's middle third along the back
    /// wall facing the door, its two ends down the side walls towards the door, so the row's
    /// first and last seats are those nearest the door; interpreters and note-takers behind the
    /// principals, against the back wall.
    private static func horseshoeDrawing(_ row: SeatRow, behind: SeatRow?, seat: (DrawnSeat) -> Seat, name: (String?) -> String?) -> Drawing {
        var drawing = Drawing()
        let cells = row.drawnSeats
        let arm = cells.count / 3, head = cells.count - 2 * arm
        let wide = 20.0, deep = 10.0, gap = 3.0
        let headLeft = deep + 2 * gap, headTop = 12.0 + (behind == nil ? 0 : deep + gap), armTop = headTop + deep + gap
        let rightArm = headLeft + Double(head) * (wide + gap) - gap + 2 * gap
        var headX: [(x: Double, left: Double)] = []
        for (index, cell) in cells.enumerated() {
            var placed = seat(cell)
            if index < arm {
                (placed.x, placed.y) = (0, armTop + Double(arm - 1 - index) * (wide + gap))
                (placed.width, placed.height) = (deep, wide)
            } else if index < arm + head {
                (placed.x, placed.y) = (headLeft + Double(index - arm) * (wide + gap), headTop)
                (placed.width, placed.height) = (wide, deep)
                headX.append((cell.x, placed.x))
            } else {
                (placed.x, placed.y) = (rightArm, armTop + Double(index - arm - head) * (wide + gap))
                (placed.width, placed.height) = (deep, wide)
            }
            drawing.seats.append(placed)
        }
        if let behind, let first = headX.first {
            for (x, id) in zip(behind.x, behind.seats) {
                let drawnX = first.left + (x - first.x) * (wide + gap)
                drawing.seats.append(Seat(x: drawnX, y: 12, width: wide, height: deep, label: "后", name: name(id), person: id))
            }
        }
        drawing.width = rightArm + deep
        let bottom = armTop + Double(arm) * (wide + gap) + 4
        drawing.markers = [(0, 0, drawing.width, "后墙"), (drawing.width / 3, bottom, drawing.width / 3, "门")]
        drawing.height = bottom + 10
        return drawing
    }

    /// Tables in plan view with the door at the bottom (the layout turned if its door is on
    /// another side); S0 faces the door, then clockwise. Round tables grow until no two seats
    /// overlap, and tables stand far enough apart that their seats never meet.
    private static func tableDrawing(_ zone: SeatedZone, names: [String: String], marks: [SeatLabel: SeatMark]) -> Drawing {
        var drawing = Drawing()
        let seatWidth = 18.0, seatHeight = 10.0, gap = 3.0
        let positions = zone.tables.enumerated().map { index, table in
            table.position.map { doorAtBottom($0, door: zone.layout?.door ?? .bottom) } ?? (x: Double(index) * 10, y: 0)
        }
        // Per table: the seat boxes' centres around the table's centre, and the table's outline.
        let shapes = zone.tables.map { table -> (offsets: [(x: Double, y: Double)], width: Double, height: Double, radius: Double) in
            let n = table.seats.count
            if table.long {
                let perSide = max(n / 2, 1)
                let width = Double(perSide) * (seatWidth + gap)
                // Clockwise from the far-left corner: the far side left→right, the near side right→left.
                let offsets = (0..<n).map { seat -> (x: Double, y: Double) in
                    let place = (seat + table.farStart) % n
                    let far = place < perSide
                    let column = far ? place : n - 1 - place
                    return (-width / 2 + (Double(column) + 0.5) * (seatWidth + gap), far ? -(8 + gap + seatHeight / 2) : 8 + gap + seatHeight / 2)
                }
                return (offsets, width, 16, 0)
            }
            // S0 at the top, clockwise on the drawing (y grows downwards).
            func ring(_ radius: Double) -> [(x: Double, y: Double)] {
                (0..<n).map { seat in
                    let angle = -Double.pi / 2 + 2 * Double.pi * Double(seat) / Double(max(n, 1))
                    return (radius * cos(angle), radius * sin(angle))
                }
            }
            var radius = max(seatWidth, Double(n) * (seatWidth + gap) / (2 * Double.pi))
            while overlaps(ring(radius), width: seatWidth + 1, height: seatHeight + 1) { radius += 1 }
            return (ring(radius), 0, 0, radius - seatWidth / 2 - 1)
        }
        // Interpreters and note-takers (talks, banquets): behind the person they serve at the first
        // table. At a long table `x` is their place along it; at a round table they are pushed out
        // from the principal's seat, `x` seat widths along the table's edge.
        var behindSeats: [(id: String?, offset: (x: Double, y: Double))] = []
        if let row = zone.behindRow, let table = zone.tables.first {
            for (index, id) in row.seats.enumerated() {
                guard let front = row.behind[index].flatMap({ table.seats.firstIndex(of: $0) }) else { continue }
                let seat = shapes[0].offsets[front], along = row.x[index] * (seatWidth + gap)
                if table.long {
                    behindSeats.append((id, (along, seat.y + (seat.y < 0 ? -1 : 1) * (seatHeight + gap))))
                    continue
                }
                let length = max(hypot(seat.x, seat.y), 1)
                let outX = seat.x / length, outY = seat.y / length
                let push = abs(outX) * (seatWidth + gap) + abs(outY) * (seatHeight + gap)
                behindSeats.append((id, (seat.x + outX * push - outY * along, seat.y + outY * push + outX * along)))
            }
        }
        let behindOffsets = behindSeats.map(\.offset)
        let reach = shapes.indices.map { index -> Double in
            let offsets = shapes[index].offsets + (index == 0 ? behindOffsets : [])
            return offsets.map { max(abs($0.x) + seatWidth / 2, abs($0.y) + seatHeight / 2) }.max() ?? 0
        }
        // Millimetres per layout unit: at least 8, more if two tables' seats would meet.
        var unit = 8.0
        for a in positions.indices {
            for b in positions.indices where b > a {
                let distance = hypot(positions[a].x - positions[b].x, positions[a].y - positions[b].y)
                if distance > 0 { unit = max(unit, (reach[a] + reach[b] + 2 * gap) / distance) }
            }
        }
        let minX = positions.map(\.x).min() ?? 0, minY = positions.map(\.y).min() ?? 0
        let offsets = shapes.flatMap(\.offsets) + behindOffsets
        let marginX = (offsets.map { abs($0.x) }.max() ?? 0) + seatWidth / 2 + 4, marginY = (offsets.map { abs($0.y) }.max() ?? 0) + seatHeight / 2 + 4
        for (index, table) in zone.tables.enumerated() {
            let shape = shapes[index]
            let centreX = marginX + (positions[index].x - minX) * unit, centreY = marginY + (positions[index].y - minY) * unit
            drawing.tables.append((centreX, centreY, shape.radius, shape.width, shape.height, "第\(table.number)桌"))
            for (seat, id) in table.seats.enumerated() {
                let offset = shape.offsets[seat]
                drawing.seats.append(Seat(x: centreX + offset.x - seatWidth / 2, y: centreY + offset.y - seatHeight / 2, width: seatWidth,
                                          height: seatHeight, label: "S\(seat)", name: id.flatMap { names[$0] }.map(NamePadding.padded),
                                          mark: marks[.table(table.number, seat: seat)], address: .table(table.number, seat: seat), person: id))
            }
            if index == 0 {
                for (id, offset) in behindSeats {
                    drawing.seats.append(Seat(x: centreX + offset.x - seatWidth / 2, y: centreY + offset.y - seatHeight / 2, width: seatWidth,
                                              height: seatHeight, label: "后", name: id.flatMap { names[$0] }.map(NamePadding.padded), person: id))
                }
            }
        }
        drawing.width = (drawing.seats.map { $0.x + $0.width }.max() ?? 0) + 4
        let bottom = (drawing.seats.map { $0.y + $0.height }.max() ?? 0) + 8
        drawing.markers = [(drawing.width / 3, bottom, drawing.width / 3, "门")]
        drawing.height = bottom + 10
        return drawing
    }

    /// Whether any two boxes of the given size centred at these points overlap.
    private static func overlaps(_ centres: [(x: Double, y: Double)], width: Double, height: Double) -> Bool {
        for a in centres.indices {
            for b in centres.indices where b > a {
                if abs(centres[a].x - centres[b].x) < width && abs(centres[a].y - centres[b].y) < height { return true }
            }
        }
        return false
    }

    /// A layout position turned so that the layout's door side is at the bottom of the drawing.
    private static func doorAtBottom(_ point: (x: Double, y: Double), door: RoomSide) -> (x: Double, y: Double) {
        switch door {
        case .bottom: return point
        case .top: return (-point.x, -point.y)
        case .left: return (point.y, -point.x)
        case .right: return (-point.y, point.x)
        }
    }

    /// Numbers with at most two decimals, so output is byte-stable (the shortest form of the
    /// hundredths, as `String(Double)` writes them, without its general conversion).
    private static func format(_ value: Double) -> String { Units.decimal(value, places: 2) }
}

