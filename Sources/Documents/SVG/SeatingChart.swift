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
    }

    private struct Drawing {
        var seats: [Seat] = []
        /// Labelled bands: the rostrum, the stage or the door, as (x, y, width, text).
        var markers: [(x: Double, y: Double, width: Double, text: String)] = []
        var tables: [(x: Double, y: Double, radius: Double, width: Double, height: Double, label: String)] = []
        var width: Double = 0
        var height: Double = 0
    }

    public static func svg(_ zone: SeatedZone, plan: Plan) throws -> String {
        let names = plan.peopleByID.mapValues(\.name)
        let drawing = zone.frame == .table ? tableDrawing(zone, names: names) : rowDrawing(zone, names: names)
        let margin = 12.0, header = 22.0
        let (pageWidth, pageHeight) = drawing.width > 380 || drawing.height > 260 ? (420.0, 297.0) : (297.0, 210.0)
        let scale = min(1, (pageWidth - 2 * margin) / max(drawing.width, 1), (pageHeight - 2 * margin - header) / max(drawing.height, 1))
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("svg")
        try writer.attribute("xmlns", "http://www.w3.org/2000/svg")
        try writer.attribute("width", "\(format(pageWidth))mm")
        try writer.attribute("height", "\(format(pageHeight))mm")
        try writer.attribute("viewBox", "0 0 \(format(pageWidth)) \(format(pageHeight))")
        try writer.attribute("font-family", "Noto Serif CJK SC, Source Han Serif SC, SimSun, serif")
        try writer.element("title", text: "\(plan.meeting.title) \(zone.name)座次图")
        try writer.element("text", ["x": format(pageWidth / 2), "y": format(margin + 6), "font-size": "7", "text-anchor": "middle",
                                    "font-weight": "bold"], text: "\(zone.name)座次图")
        try writer.element("text", ["x": format(pageWidth / 2), "y": format(margin + 13), "font-size": "4", "text-anchor": "middle"],
                           text: plan.meeting.title + SeatMapFormats.frameNote(zone))
        let offsetX = (pageWidth - drawing.width * scale) / 2, offsetY = margin + header
        try writer.startElement("g")
        try writer.attribute("transform", "translate(\(format(offsetX)) \(format(offsetY))) scale(\(format(scale)))")
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
        for seat in drawing.seats { try draw(seat, writer) }
        try writer.endElement()
        try writer.endElement()
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    private static func draw(_ seat: Seat, _ writer: XMLWriter) throws {
        try writer.element("rect", ["x": format(seat.x), "y": format(seat.y), "width": format(seat.width), "height": format(seat.height),
                                    "fill": seat.name == nil ? "#f6f6f6" : "#ffffff", "stroke": "#222222", "stroke-width": "0.3"])
        if let label = seat.label {
            try writer.element("text", ["x": format(seat.x + 1), "y": format(seat.y + 2.6), "font-size": "2.2", "fill": "#666666"], text: label)
        }
        guard let name = seat.name else { return }
        let characters = Array(name)
        let centreX = seat.x + seat.width / 2
        if seat.width >= Double(characters.count) * 4 + 2 {
            try writer.element("text", ["x": format(centreX), "y": format(seat.y + seat.height / 2 + 1.6), "font-size": "4",
                                        "text-anchor": "middle"], text: name)
        } else {
            // Narrow seats: the name reads top to bottom, one character per line.
            let size = min(4, (seat.height - 3) / Double(max(characters.count, 1)))
            let top = seat.y + (seat.height - size * Double(characters.count)) / 2 + size * 0.85
            for (index, character) in characters.enumerated() {
                try writer.element("text", ["x": format(centreX), "y": format(top + Double(index) * size), "font-size": format(size),
                                            "text-anchor": "middle"], text: String(character))
            }
        }
    }

    /// Rows: a rostrum or photo seen from the audience (front row at the bottom), a hall with the
    /// rostrum at the top and row 1 nearest it.
    private static func rowDrawing(_ zone: SeatedZone, names: [String: String]) -> Drawing {
        var drawing = Drawing()
        let columns = (zone.rows.flatMap(\.columns).max() ?? 0) + 1
        let narrow = columns > 20
        let seatWidth = narrow ? 7.0 : 20.0, seatHeight = narrow ? 18.0 : 10.0, gap = narrow ? 1.0 : 3.0
        drawing.width = Double(columns) * (seatWidth + gap)
        let stageFirst = zone.kind == .hall
        let rowCount = zone.rows.count
        let top = 12.0
        for (index, row) in zone.rows.enumerated() {
            let line = stageFirst ? index : rowCount - 1 - index
            for (seat, column) in zip(row.seats, row.columns) {
                let seatIndex = row.columns.firstIndex(of: column).map { $0 + 1 } ?? 0
                drawing.seats.append(Seat(x: Double(column) * (seatWidth + gap), y: top + Double(line) * (seatHeight + gap + 2),
                                          width: seatWidth, height: seatHeight, label: narrow ? nil : "\(row.number)-\(seatIndex)",
                                          name: seat.flatMap { names[$0] }.map(NamePadding.padded)))
            }
        }
        let bottom = top + Double(rowCount) * (seatHeight + gap + 2) + 2
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
        drawing.height = bottom + 10
        return drawing
    }

    /// Tables in plan view with the door at the bottom; S0 faces the door, then clockwise.
    private static func tableDrawing(_ zone: SeatedZone, names: [String: String]) -> Drawing {
        var drawing = Drawing()
        let seatWidth = 16.0, seatHeight = 8.0
        let spacing = 80.0
        let positions = zone.tables.enumerated().map { index, table in
            table.position.map { (x: $0.x, y: $0.y) } ?? (x: Double(index) * 10, y: 0)
        }
        let minX = positions.map(\.x).min() ?? 0, minY = positions.map(\.y).min() ?? 0
        let unit = spacing / 10
        for (table, position) in zip(zone.tables, positions) {
            let n = table.seats.count
            let centreX = 40 + (position.x - minX) * unit, centreY = 40 + (position.y - minY) * unit
            if table.long {
                let perSide = n / 2
                let width = Double(perSide) * (seatWidth + 3)
                drawing.tables.append((centreX, centreY, 0, width, 16, "第\(table.number)桌"))
                // Clockwise from the far-left corner: the far side left→right, the near side right→left.
                for (seat, id) in table.seats.enumerated() {
                    let place = (seat + table.farStart) % n
                    let far = place < perSide
                    let column = far ? place : n - 1 - place
                    drawing.seats.append(Seat(x: centreX - width / 2 + Double(column) * (seatWidth + 3), y: far ? centreY - 20 : centreY + 12,
                                              width: seatWidth, height: seatHeight, label: "S\(seat)", name: id.flatMap { names[$0] }))
                }
            } else {
                let radius = max(14, Double(n) * (seatWidth + 2) / (2 * Double.pi) * 0.75)
                drawing.tables.append((centreX, centreY, radius, 0, 0, "第\(table.number)桌"))
                for (seat, id) in table.seats.enumerated() {
                    // S0 at the top, clockwise on the drawing (y grows downwards).
                    let angle = -Double.pi / 2 + 2 * Double.pi * Double(seat) / Double(max(n, 1))
                    let x = centreX + (radius + 7) * cos(angle), y = centreY + (radius + 7) * sin(angle)
                    drawing.seats.append(Seat(x: x - seatWidth / 2, y: y - seatHeight / 2, width: seatWidth, height: seatHeight,
                                              label: "S\(seat)", name: id.flatMap { names[$0] }))
                }
            }
        }
        drawing.width = (drawing.seats.map { $0.x + $0.width }.max() ?? 0) + 20
        let bottom = (drawing.seats.map { $0.y + $0.height }.max() ?? 0) + 8
        drawing.markers = [(drawing.width / 3, bottom, drawing.width / 3, "门")]
        drawing.height = bottom + 10
        return drawing
    }

    /// Numbers with at most two decimals, so output is byte-stable.
    private static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
