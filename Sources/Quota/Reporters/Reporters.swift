import MeetingPlan
import XMLSupport

/// The report formats of `banhui quota --format`. Each is pure: a report in, text out.
public enum QuotaFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github

    public func render(_ report: QuotaReport) throws -> String {
        switch self {
        case .text: return TextReporter.render(report)
        case .json: return JSONReporter.render(report)
        case .sarif: return SARIFReporter.render(report)
        case .junit: return try JUnitReporter.render(report)
        case .github: return GitHubReporter.render(report)
        }
    }
}

enum TextReporter {
    static func render(_ report: QuotaReport) -> String {
        let lines = report.findings.map { finding in
            "\(position(finding.location)): \(finding.severity.rawValue): [\(finding.rule)] \(finding.message)（依据：\(finding.source)）"
        }
        return (lines + [summary(report)]).joined(separator: "\n") + "\n"
    }

    static func position(_ location: SourceLocation) -> String {
        location.line == nil ? location.file : "\(location.file):\(location.line!):\(location.column ?? 1)"
    }

    static func summary(_ report: QuotaReport) -> String {
        var text = "检查会议 \(report.meetings.count) 个、登记表 \(report.registers.count) 个：错误 \(report.count(.error))，警告 \(report.count(.warning))，提示 \(report.count(.info))"
        let broken = Set(report.inputErrors.map(\.location.file)).count
        if broken > 0 { text += "；\(broken) 个文件有输入错误，未通过检查" }
        return text
    }
}

enum JSONReporter {
    static func render(_ report: QuotaReport) -> String {
        let findings: [JSONText] = report.findings.map { finding in
            .object([
                "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue), "meeting": .optional(finding.meeting),
                "file": .string(finding.location.file), "line": .optional(finding.location.line), "column": .optional(finding.location.column),
                "message": .string(finding.message), "limit": .optional(finding.limit), "actual": .optional(finding.actual),
                "source": .string(finding.source),
            ])
        }
        let inputErrors: [JSONText] = report.inputErrors.map { diagnostic in
            .object([
                "code": .string(diagnostic.code.id), "file": .string(diagnostic.location.file), "line": .optional(diagnostic.location.line),
                "column": .optional(diagnostic.location.column), "message": .string(diagnostic.message),
            ])
        }
        return JSONText.object([
            "version": .number(1), "policy": .string(report.policy),
            "summary": .object(["meetings": .number(Double(report.meetings.count)), "errors": .number(Double(report.count(.error))),
                                "warnings": .number(Double(report.count(.warning))), "infos": .number(Double(report.count(.info))),
                                "input_errors": .number(Double(report.inputErrors.count))]),
            "findings": .array(findings), "input_errors": .array(inputErrors),
        ]).rendered
    }
}

enum SARIFReporter {
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// SARIF wants a relative URI without `./`.
    static func uri(_ file: String) -> String { file.hasPrefix("./") ? String(file.dropFirst(2)) : file }

    static func location(_ location: SourceLocation) -> JSONText {
        var physical: [String: JSONText] = ["artifactLocation": .object(["uri": .string(uri(location.file))])]
        if let line = location.line {
            physical["region"] = .object(["startLine": .number(Double(line)), "startColumn": .number(Double(location.column ?? 1))])
        }
        return .object(["physicalLocation": .object(physical)])
    }

    static func render(_ report: QuotaReport) -> String {
        let rules = report.rules.sorted { $0.rule.id < $1.rule.id }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.rule.id, $0) })
        let ruleMetadata: [JSONText] = rules.map { active in
            let description = active.rule.description
            return .object([
                "id": .string(description.id), "name": .string(description.id),
                "shortDescription": .object(["text": .string(description.meaning)]),
                "help": .object(["text": .string("\(description.meaning)。依据：\(active.source)。参数：\(RuleReference.parameterText(active))")]),
                "defaultConfiguration": .object(["level": .string(level(active.severity))]),
                "properties": .object(["profile": .string(description.profile), "source": .string(active.source),
                                       "reads": .string(description.reads)]),
            ])
        }
        var results: [JSONText] = report.findings.map { finding in
            var result: [String: JSONText] = [
                "ruleId": .string(finding.rule), "level": .string(level(finding.severity)),
                "message": .object(["text": .string(finding.message)]), "locations": .array([location(finding.location)]),
            ]
            if let ruleIndex = index[finding.rule] { result["ruleIndex"] = .number(Double(ruleIndex)) }
            return .object(result)
        }
        results += report.inputErrors.map { diagnostic in
            .object(["ruleId": .string(diagnostic.code.id), "level": .string("error"),
                     "message": .object(["text": .string(diagnostic.message)]), "locations": .array([location(diagnostic.location)])])
        }
        let driver: JSONText = .object(["name": .string("banhui quota"), "informationUri": .string("https://example.invalid/banhui/docs/quota-rules.md"),
                                        "rules": .array(ruleMetadata)])
        return JSONText.object([
            "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"), "version": .string("2.1.0"),
            "runs": .array([.object(["tool": .object(["driver": driver]), "results": .array(results)])]),
        ]).rendered
    }
}

/// One test case per meeting × rule that looks at meetings (and per register × register rule);
/// findings become failures. Files with input errors are one failing test case each.
enum JUnitReporter {
    static func render(_ report: QuotaReport) throws -> String {
        struct Case { let classname: String, name: String, failures: [String] }
        var cases: [Case] = []
        for active in report.rules {
            let isRegisterRule: Bool
            if case .register = active.rule.scope { isRegisterRule = true } else { isRegisterRule = false }
            if isRegisterRule {
                for file in report.registers {
                    let failures = report.findings.filter { $0.rule == active.rule.id && $0.location.file == file }
                    cases.append(Case(classname: file, name: active.rule.id, failures: failures.map(line)))
                }
            } else {
                for meeting in report.meetings {
                    let failures = report.findings.filter { $0.rule == active.rule.id && $0.meeting == meeting.id && $0.severity > .info }
                    cases.append(Case(classname: "\(meeting.file) (\(meeting.id))", name: active.rule.id, failures: failures.map(line)))
                }
            }
        }
        for (file, diagnostics) in Dictionary(grouping: report.inputErrors, by: \.location.file) {
            cases.append(Case(classname: file, name: "读取", failures: diagnostics.map(\.description)))
        }
        cases.sort { ($0.classname, $0.name) < ($1.classname, $1.name) }
        let failed = cases.filter { !$0.failures.isEmpty }.count
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.element("testsuites", ["name": "banhui quota", "tests": String(cases.count), "failures": String(failed)]) {
            try writer.element("testsuite", ["name": "quota (\(report.policy))", "tests": String(cases.count), "failures": String(failed)]) {
                for item in cases {
                    try writer.element("testcase", ["classname": item.classname, "name": item.name]) {
                        if !item.failures.isEmpty {
                            try writer.element("failure", ["message": item.failures[0]], text: item.failures.joined(separator: "\n"))
                        }
                    }
                }
            }
        }
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    static func line(_ finding: Finding) -> String {
        "\(TextReporter.position(finding.location)): \(finding.severity.rawValue): [\(finding.rule)] \(finding.message)"
    }
}

/// GitHub Actions workflow commands, shown as annotations on the pull request.
enum GitHubReporter {
    static func render(_ report: QuotaReport) -> String {
        var lines = report.findings.map { finding in
            command(finding.severity, finding.location, title: finding.rule, message: "\(finding.message)（依据：\(finding.source)）")
        }
        lines += report.inputErrors.map { command(.error, $0.location, title: $0.code.id, message: $0.message) }
        return lines.map { $0 + "\n" }.joined()
    }

    static func command(_ severity: Severity, _ location: SourceLocation, title: String, message: String) -> String {
        let kind = severity == .info ? "notice" : severity.rawValue
        var properties = ["file=\(escapeProperty(location.file))"]
        if let line = location.line { properties += ["line=\(line)", "col=\(location.column ?? 1)"] }
        properties.append("title=\(escapeProperty(title))")
        return "::\(kind) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
