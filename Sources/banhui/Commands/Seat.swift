import ArgumentParser
import Documents
import MeetingPlan
import PlanEngine
import Seating

struct Seat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "计算会议座次：主席台、台下、宴会、会见会谈、合影。",
        discussion: """
        text（默认）在终端按台下视角画出各座次区；json 为座次图数据；csv 每座一行；svg 为一个座次区的座次图。
        示例：
          banhui seat meeting.yaml
          banhui seat meeting.yaml --format json --output seats.json
          banhui seat meeting.yaml --format svg --zone 主席台 --output seating-主席台.svg
          banhui seat meeting.yaml --explain
          banhui seat meeting-v2.yaml --changes-from meeting-v1.yaml
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, svg
    }

    @Argument(help: "会议计划文件（YAML）。")
    var plan: String

    @Option(help: "输出格式：text | json | csv | svg。")
    var format: Format = .text

    @Option(help: "svg 所画的座次区名称（默认第一个）。")
    var zone: String?

    @Option(help: "写入此文件（原子写入），而不是标准输出。")
    var output: String?

    @Flag(help: "逐人说明位次依据（优先级键）和安排其座位的规则。")
    var explain = false

    @Option(name: .customLong("changes-from"),
            help: "旧版本的会议计划：stable: true 的座次区保留旧版本的座位（可重复，从旧到新，依次排座）。")
    var changesFrom: [String] = []

    func run() throws {
        let seated = try PlanChecks.run(Engine.Request(path: self.plan, earlier: changesFrom), engine: SeatingSetup.engine()).seated!
        let (plan, seatPlan) = (seated.plan, seated.seats)
        let text: String
        switch format {
        case .text: text = SeatMapFormats.text(seatPlan, plan: plan, explain: explain)
        case .json: text = SeatMapFormats.json(seatPlan, plan: plan)
        case .csv: text = SeatMapFormats.csv(seatPlan, plan: plan)
        case .svg:
            guard let first = seatPlan.zones.first else { throw UsageError("计划中没有座次区（seating），无法画座次图") }
            let chosen = try zone.map { name in
                guard let found = seatPlan.zones.first(where: { $0.name == name }) else {
                    throw UsageError("没有名为“\(name)”的座次区；可用：\(seatPlan.zones.map(\.name).joined(separator: "、"))")
                }
                return found
            } ?? first
            text = try SeatingChart.svg(chosen, plan: plan)
        }
        if let output {
            try OutputFile.write(Array(text.utf8), to: output)
        } else {
            Console.out(text.hasSuffix("\n") ? String(text.dropLast()) : text)
        }
    }
}
