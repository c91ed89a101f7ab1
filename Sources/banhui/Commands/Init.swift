import ArgumentParser
import Foundation
import MeetingPlan

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "写出一份可以直接使用的小型会议计划（meeting.yaml）和名单（roster.csv）作为起点。",
        discussion: """
        已存在的文件不会被覆盖。无法写入时退出码 4，不留下任何文件。
        示例：
          banhui init my-meeting
          banhui check my-meeting/meeting.yaml
        """
    )

    @Argument(help: "要写入的文件夹（默认为当前文件夹）。")
    var directory: String = "."

    func run() throws {
        let files = [("meeting.yaml", StarterPlan.plan), ("roster.csv", StarterPlan.roster)]
        let paths = files.map { (directory as NSString).appendingPathComponent($0.0) }
        for path in paths {
            var info = stat()
            if lstat(path, &info) == 0 {  // a symbolic link counts too, even a dangling one
                throw UsageError("\(path) 已存在，未写入任何文件")
            }
        }
        for (index, (path, file)) in zip(paths, files).enumerated() {
            do {
                try OutputFile.write(Array(file.1.utf8), to: path)
            } catch {
                // Both files or neither: the plan names the roster.
                for written in paths.prefix(index) { unlink(written) }
                throw error
            }
        }
        for path in paths { Console.out("已写入 \(DiagnosticText.escaped(path))") }
    }
}

/// The starter plan of `banhui init`: small, valid, and showing each section once.
enum StarterPlan {
    static let plan = """
    # 会议计划：每个键的含义见 banhui check --list-keys（即仓库的 docs/plan-keys.md，格式说明见 docs/plan-format.md）。检查：banhui check meeting.yaml
    version: 1
    meeting:
      title: 全县办公室工作会议
      organizer: 中共××县委办公室
      level: county
      type: business
      start: 2026-12-03 09:00
      end: 2026-12-03 11:30
      venue: {name: 县委大礼堂}
      staff: 4

    units: [县委, 县政府, 县委办公室, 县政府办公室]

    people:
      - {id: P1, name: 张建国, unit: 县委, title: 县委书记, rank: 县处级正职, order: 1, principal: true}
      - {id: P2, name: 李文华, unit: 县政府, title: 县长, rank: 县处级正职, order: 2, principal: true}
      - {id: P3, name: 王海波, unit: 县委, title: 县委副书记, rank: 县处级副职, order: 3}
      - roster.csv

    seating:
      - {zone: 主席台, kind: rostrum, rows: [3], people: [P1, P2, P3]}
      - {zone: 台下, kind: hall, rows: [6, 6], people: rest}

    agenda:
      - {item: 主持人宣布会议开始, by: P3}
      - {item: 县委书记讲话, by: P1, minutes: 30, speech: true}

    notice:
      to: [各乡镇党委、政府, 县直各部门]
      purpose: 为部署明年重点工作，经研究，决定召开全县办公室工作会议。
      contact: {name: 王五, phone: 0000-1234567}
      issued: 2026-11-20

    """

    static let roster = """
    编号,姓名,单位,职务,职级
    R1,刘志强,县委办公室,主任,正科
    R2,陈静,县政府办公室,主任,正科
    R3,孙丽,县委办公室,副主任,副科

    """
}
