import Documents
import MeetingPlan
import PlanReading
import Seating
import Testing
import TestSupport
import XMLSupport

/// SVG seating charts: well-formed XML holding each seated person's name once per seat, whatever
/// the zone's shape (rows, a hall with aisles and narrow seats, round and long tables, a U).
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SeatingChartTests {
    static let example = Fixtures.path("examples/county-office-meeting/meeting.yaml")

    /// Names of two, three and four characters; hall people of the county auditorium (narrow,
    /// vertical names) are generated.
    static let shapes = """
        version: 1
        meeting: {id: charts, title: 座次图测试, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
        people:
          - {id: H1, name: 王强, order: 1}
          - {id: H2, name: 欧阳晓东, order: 2}
          - {id: H3, name: 李文华, order: 3}
          - {id: G1, name: 张建国, order: 4}
          - {id: G2, name: 司马光明, order: 5}
          - {id: G3, name: 陈静, order: 6}
        \((0..<40).map { "  - {id: A\($0 + 1), name: \(Self.hallName($0)), order: \($0 + 10)}" }.joined(separator: "\n"))
        seating:
          - {zone: 宴会厅, kind: banquet, layout: banquet-3, hosts: [H1, H2], guests: [G1, G2], people: [H3, G3, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20, A21, A22, A23, A24]}
          - {zone: 会见厅, kind: talks, arrangement: side-by-side, layout: u-shaped-room, hosts: [H1, H2, H3], guests: [G1, G2, G3]}
          - {zone: 会谈室, kind: talks, layout: meeting-room-long-table, hosts: [H1, H2, H3], guests: [G1, G2, G3]}
          - {zone: 礼堂, kind: hall, layout: county-auditorium, people: all}
        """

    /// 40 distinct names of three or five characters.
    static func hallName(_ index: Int) -> String {
        (index % 5 == 0 ? "欧阳" : "") + ["赵", "钱", "孙", "李"][index % 4] + ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][index / 4] + "明"
    }

    static func chart(_ zone: String, of plan: Plan) throws -> (svg: String, zone: SeatedZone) {
        let seated = try #require(try TestEnvironment.seat(plan).zones.first { $0.name == zone })
        return (try SeatingChart.svg(seated, plan: plan), seated)
    }

    /// The text of each `<text>` element (its `<tspan>`s joined), without layout whitespace and
    /// name-card padding; parsing fails on malformed XML.
    static func texts(in svg: String) throws -> [String] {
        let reader = try XMLReader(bytes: Array(svg.utf8))
        var texts: [String] = []
        var current: String?
        var root: String?
        while let event = try reader.next() {
            switch event {
            case .start(let name, _, let isEmpty):
                if root == nil { root = name }
                if name == "text" && !isEmpty { current = "" }
            case .text(let text): current? += text.filter { !$0.isWhitespace }
            case .end(let name):
                if name == "text", let text = current { texts.append(text) }
                if name == "text" { current = nil }
            }
        }
        #expect(root == "svg")
        return texts
    }

    static func expectEveryNameOncePerSeat(_ zone: SeatedZone, svg: String, plan: Plan) throws {
        let texts = try Self.texts(in: svg)
        var seats: [String: Int] = [:]
        for id in zone.seatingOrder { seats[try #require(plan.peopleByID[id]?.name), default: 0] += 1 }
        #expect(seats.count == zone.seatingOrder.count, "names in the test are distinct")
        for (name, count) in seats {
            #expect(texts.filter { $0 == name }.count == count, "\(zone.name): \(name)")
        }
    }

    @Test(arguments: ["主席台", "台下"])
    func exampleCharts(_ zone: String) throws {
        let plan = try PlanLoader(files: DiskFileReader()).load(Self.example)
        let (svg, seated) = try Self.chart(zone, of: plan)
        try Self.expectEveryNameOncePerSeat(seated, svg: svg, plan: plan)
    }

    @Test func chartsDeclareSimplifiedChinese() throws {
        let plan = try PlanLoader(files: DiskFileReader()).load(Self.example)
        let (svg, _) = try Self.chart("主席台", of: plan)
        #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"zh-CN\""))
    }

    @Test(arguments: ["宴会厅", "会见厅", "会谈室", "礼堂"])
    func chartsOfEveryShape(_ zone: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        let plan = try PlanLoader(files: DiskFileReader()).load(try Fixtures.write(Self.shapes, to: "charts.yaml", in: directory))
        let (svg, seated) = try Self.chart(zone, of: plan)
        try Self.expectEveryNameOncePerSeat(seated, svg: svg, plan: plan)
    }

    /// The U-shaped room is drawn as a U: seats on the back wall and down both side walls.
    @Test func horseshoeRoomHasThreeSides() throws {
        let directory = try Fixtures.temporaryDirectory()
        let plan = try PlanLoader(files: DiskFileReader()).load(try Fixtures.write(Self.shapes, to: "charts.yaml", in: directory))
        let svg = try Self.chart("会见厅", of: plan).svg
        // Seat boxes are the rects of class `box`; landscape on the back wall, portrait on the sides.
        let seatBoxes = svg.split(separator: "\n").filter { $0.contains("<rect class=\"box") }
        let portrait = seatBoxes.filter { $0.contains("width=\"10\" height=\"20\"") }
        let landscape = seatBoxes.filter { $0.contains("width=\"20\" height=\"10\"") }
        #expect(seatBoxes.count == 11)
        #expect(portrait.count == 6 && landscape.count == 5)
    }
    /// A layout with its door at the top is turned so the chart's door is at the bottom, as the
    /// table frame says: table 1, farthest from the door, is drawn above table 2.
    @Test func tablesAreTurnedSoTheDoorIsAtTheBottom() throws {
        let directory = try Fixtures.temporaryDirectory()
        _ = try Fixtures.write("""
            title: 门在上方
            kind: banquet
            door: top
            tables:
              - {x: 5, y: 2, seats: 8}
              - {x: 5, y: 12, seats: 8}
            """, to: "door-top.yaml", in: directory)
        let plan = try PlanLoader(files: DiskFileReader()).load(try Fixtures.write("""
            meeting: {title: 测试, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            people:
              - {id: H1, name: 王强}
              - {id: G1, name: 李明}
            seating:
              - {zone: 宴, kind: banquet, layout: door-top.yaml, hosts: [H1], guests: [G1]}
            """, to: "plan.yaml", in: directory))
        let lines = try Self.chart("宴", of: plan).svg.split(separator: "\n")
        func y(of label: String) throws -> Double {
            let line = try #require(lines.first { $0.hasSuffix(">\(label)</text>") })
            return try #require(Double(line.split(separator: "y=\"")[1].prefix { $0 != "\"" }))
        }
        #expect(try y(of: "第1桌") < y(of: "第2桌"))
        #expect(try y(of: "第2桌") < y(of: "门"))
    }
}
