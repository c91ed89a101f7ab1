import ArgumentParser
import MeetingPlan
import PlanReading
import Seating

struct Layouts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "列出并显示内置会场布局（layouts/）。",
        discussion: """
        示例：
          banhui layouts list
          banhui layouts show county-auditorium
        布局文件夹：环境变量 BANHUI_LAYOUTS，否则当前目录下的 layouts/，否则程序旁的 layouts/。
        """
    )

    enum Action: String, ExpressibleByArgument, CaseIterable {
        case list, show
    }

    @Argument(help: "list 或 show。")
    var action: Action

    @Argument(help: "show 的布局名称。")
    var name: String?

    func run() throws {
        let catalogue = try SeatingSetup.layouts()
        let library = LayoutLibrary(catalogue: catalogue, files: DiskFileReader())
        switch action {
        case .list:
            guard name == nil else { throw UsageError("layouts list 不接受名称；显示布局请用 banhui layouts show \(name ?? "")") }
            let log = DiagnosticLog()
            for layoutName in library.names {
                let layout = library.load(layoutName, planFile: "", at: SourceLocation(file: catalogue.fileName(of: layoutName)), log: log)
                Console.out("\(DiagnosticText.escaped(layoutName))\t\(layout?.kind.rawValue ?? "?")\t\(DiagnosticText.escaped(layout?.title ?? ""))")
            }
            try log.throwIfErrors()
        case .show:
            guard let name else { throw UsageError("请给出布局名称，例如 banhui layouts show county-auditorium") }
            let log = DiagnosticLog()
            let layout = library.load(name, planFile: "", at: SourceLocation(file: catalogue.origin), log: log)
            try log.throwIfErrors()
            if let layout { Console.out(LayoutDrawing.text(layout)) }
        }
    }
}
