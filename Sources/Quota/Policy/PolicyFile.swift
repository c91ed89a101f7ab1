import MeetingPlan
import PlanReading

/// Reads and writes policy files (`policy:` YAML, the shape `banhui quota --print-policy` writes).
public enum PolicyFile {
    /// Parses policy text; throws `InputErrors` with every problem, located like plan errors.
    public static func load(text: String, file: String) throws -> Policy {
        let log = DiagnosticLog()
        let policy = YAMLInput.parse(text, file: file, log: log).flatMap { decode($0, file: file, log: log) }
        try log.throwIfErrors()
        guard let policy else { throw InputErrors(log.diagnostics) }
        return policy
    }

    static func decode(_ root: Node, file: String, log: DiagnosticLog) -> Policy? {
        guard let top = MapReader(root, path: "", known: ["policy"], log: log),
              let map = top.map("policy", known: ["id", "profiles", "rules"], required: true) else { return nil }
        let profiles = map.strings("profiles").map { names in
            names.enumerated().compactMap { index, name -> String? in
                if Profile.named(name) != nil { return name }
                let hint = Suggestion.nearest(to: name, in: Profile.names).map { "，是否为“\($0)”？" } ?? ""
                log.error(.notInSet, "未知的配置“\(quoted: name)”\(hint)可用：\(Profile.names.joined(separator: ", "))",
                          at: map.node["profiles"]?.sequence?[index].location(path: "policy.profiles[\(index)]") ?? map.node.location)
                return nil
            }
        } ?? Profile.defaultActive
        var settings = Policy.builtIn.settings
        if let rules = map.map("rules", known: RuleCatalogue.all.map(\.id)) {
            for (key, value) in rules.node.mapping ?? [] {
                guard let id = key.scalar, let rule = RuleCatalogue.rule(id) else { continue }
                if let setting = readSetting(value, rule: rule, path: rules.childPath(id), log: log) { settings[id] = setting }
            }
        }
        return Policy(id: map.string("id") ?? file, profiles: profiles, settings: settings)
    }

    private static func readSetting(_ node: Node, rule: Rule, path: String, log: DiagnosticLog) -> RuleSetting? {
        guard let map = MapReader(node, path: path, known: ["enabled", "severity", "source", "params"], log: log) else { return nil }
        var setting = RuleSetting(defaultsOf: rule.description)
        setting.enabled = map.bool("enabled") ?? true
        setting.severity = map.choice("severity", Severity.self) ?? setting.severity
        setting.source = map.string("source") ?? setting.source
        let specs = rule.description.parameters
        if let params = map.map("params", known: specs.map(\.name)) {
            for spec in specs {
                guard let value = params.node[spec.name] else { continue }
                if let read = ParamValue.read(value, kind: spec.kind, path: params.childPath(spec.name), log: log) {
                    setting.params[spec.name] = read
                }
            }
        }
        return setting
    }

    /// The policy as YAML that `load` reads back to the same settings.
    public static func yaml(_ policy: Policy) -> String {
        var lines = [
            "# 精文减会配额策略（banhui quota --print-policy）。修改后用 banhui quota --policy 本文件 检查。",
            "# 每条规则：enabled（是否检查）、severity（error | warning | info）、source（依据）、params（参数，null 为不限）。",
            "# 可选配置（profiles 中加入，或命令行 --profile）：" + Profile.catalogue.map(\.name).filter { !Profile.defaultActive.contains($0) }.joined(separator: ", "),
            "policy:",
            "  id: \(policy.id)",
            "  profiles: [\(policy.profiles.joined(separator: ", "))]",
            "  rules:",
        ]
        for rule in RuleCatalogue.all {
            let setting = policy.setting(for: rule)
            lines += [
                "    \(rule.id):",
                "      enabled: \(setting.enabled)",
                "      severity: \(setting.severity.rawValue)",
                "      source: \(quoted(setting.source))",
            ]
            let names = rule.description.parameters.map(\.name).filter { setting.params[$0] != nil }
            if !names.isEmpty {
                lines.append("      params:")
                lines += names.map { "        \($0): \(setting.params[$0]!.yaml)" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
