import ArgumentParser
import Changes
import MeetingPlan
import PlanEngine
import Seating

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "比较会议计划的两个版本：人员增减与信息变更、座位调整、会议事项变更、需重印的桌签。",
        discussion: """
        两个版本各自排座后比较（新版本中 stable: true 的座次区以旧版本的座次为准）；有会务安排时另列每人分组、房间、桌号、车辆的调整（会务调整，JSON 的 logistics）。人员按编号对应；名单中没有编号的行（R<行号>）按姓名和单位对应。
        给出两个以上版本时，按先后依次排座（每个版本以前一版本的座次为准），比较最后两个版本。
        有无变更退出码都是 0；任一计划有误时退出码 2。
        示例：
          banhui diff meeting-v1.yaml meeting-v2.yaml
          banhui diff meeting-v1.yaml meeting-v2.yaml --format json
          banhui diff meeting-v1.yaml meeting-v2.yaml meeting-v3.yaml
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "会议计划的各个版本（YAML），从旧到新；比较最后两个。")
    var plans: [String]

    @Option(help: "输出格式：text | json。")
    var format: Format = .text

    func validate() throws {
        guard plans.count >= 2 else { throw ValidationError("请给出旧版本和新版本两个会议计划") }
    }

    func run() throws {
        let request = Engine.Request(path: plans[plans.count - 1], earlier: Array(plans.dropLast()))
        let outcome = try PlanChecks.run(request, engine: SeatingSetup.engine())
        let changes = outcome.changes!
        switch format {
        case .text: Console.write(ChangesText.render(changes))
        case .json: Console.write(ChangesJSON.render(changes))
        }
    }
}
