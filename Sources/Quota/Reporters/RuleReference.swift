/// `--list-rules` and docs/quota-rules.md, derived from the rules' own descriptions and the policy.
public enum RuleReference {
    static func parameterText(_ active: ActiveRule) -> String {
        let specs = active.rule.description.parameters
        if specs.isEmpty { return "无" }
        return specs.map { "\($0.name) = \(active.parameters[$0.name].yaml)" }.joined(separator: "，")
    }

    private static func settings(_ policy: Policy) -> [(Rule, RuleSetting)] {
        RuleCatalogue.all.map { ($0, policy.setting(for: $0)) }
    }

    /// One line per rule: id, severity, profile, meaning.
    public static func list(_ policy: Policy = .builtIn) -> String {
        settings(policy).map { rule, setting in
            let params = rule.description.parameters.map { "\($0.name)=\((setting.params[$0.name] ?? .null).yaml)" }.joined(separator: " ")
            return "\(rule.id)\t\(setting.severity.rawValue)\t\(rule.description.profile)\t\(rule.description.meaning)" + (params.isEmpty ? "" : "\t\(params)")
        }.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ policy: Policy = .builtIn) -> String {
        var out = """
        # 精文减会配额规则（banhui quota）

        <!-- 由 `banhui quota --list-rules --format markdown > docs/quota-rules.md` 生成，请勿手改；测试会检查本文件是否过期。 -->

        默认启用的配置：\(Profile.defaultActive.map { "`\($0)`" }.joined(separator: "、"))。可选配置用 `--profile 名称` 启用，
        只会增加或收紧限制（数值取较严者，列表取并集）：

        | 配置 | 内容 |
        |---|---|

        """
        for profile in Profile.catalogue { out += "| `\(profile.name)` | \(profile.title) |\n" }
        out += """

        限值均含边界（“不超过”即 ≤）。例子中的计划只写出相对于下面“基准计划”改动的键（映射逐键合并）；
        以 `register:` 开头的是单位年度登记表。每个例子都由测试交给检查器运行，保证与实现一致。

        基准计划（三类、半天、90 名代表 + 8 名工作人员、不安排住宿）：

        ```yaml
        \(RuleExample.basePlan)
        ```

        """
        for (rule, setting) in settings(policy) {
            let description = rule.description
            out += "\n## \(description.id)\n\n\(description.meaning)\n\n"
            out += "- 级别：`\(setting.severity.rawValue)`；配置：`\(description.profile)`\n"
            out += "- 依据：\(setting.source)\n"
            out += "- 读取：\(description.reads)\n"
            if !description.parameters.isEmpty {
                out += "\n| 参数 | 含义 | 默认 |\n|---|---|---|\n"
                for spec in description.parameters {
                    out += "| `\(spec.name)` | \(spec.meaning) | `\((setting.params[spec.name] ?? .null).yaml)` |\n"
                }
            }
            for (title, examples) in [("通过", description.passing), ("违反", description.failing)] {
                for example in examples {
                    let measured = example.noticeCharacters.map { "（通知正文 \($0) 字）" } ?? ""
                    out += "\n\(title)：\(example.note)\(measured)\n\n"
                    out += example.files.map { "```yaml\n\($0)\n```\n" }.joined(separator: "\n")
                }
            }
        }
        return out
    }
}
