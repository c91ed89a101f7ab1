import MeetingPlan
import XMLSupport

/// The report formats of `banhui quota --format`. Each is pure: a report and its settings in,
/// text out.
public enum QuotaFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github

    public func render(_ report: QuotaReport, settings: ReportSettings) throws -> String {
        var text = ""
        try write(report, settings: settings) { text += $0 }
        return text
    }

    /// The report in pieces, in order, to `output`: the text format one piece per finding, JSON and
    /// SARIF in pieces of about 64 KB made finding by finding, so a province's 100,000 plans never
    /// hold their whole report in memory; JUnit is made whole (its counts come first) and handed on
    /// in pieces of about 64 KB; GitHub at once.
    public func write(_ report: QuotaReport, settings: ReportSettings, to output: (String) -> Void) throws {
        switch self {
        case .text: TextReporter.write(report, to: output)
        case .json: JSONReporter.value(report).write(to: output)
        case .sarif: SARIFReporter.value(report, settings: settings).write(to: output)
        case .junit: try JUnitReporter.write(report, failOn: settings.failOn, to: output)
        case .github: output(GitHubReporter.render(report))
        }
    }
}

/// What reports need to know beyond the findings, given by the caller (the reporters never look
/// at the process or the file system).
public struct ReportSettings: Sendable {
    /// Absolute folder that the report's relative paths are relative to (SARIF `SRCROOT`).
    public var baseDirectory: String
    public var toolVersion: String
    /// Where the project's `docs/` folder is published, ending in `/` (rule help links).
    public var documentationURL: String
    /// Findings at or above this level fail the run (JUnit failures); lower ones are reported only.
    public var failOn: Severity

    public init(baseDirectory: String, toolVersion: String, documentationURL: String, failOn: Severity) {
        self.baseDirectory = baseDirectory
        self.toolVersion = toolVersion
        self.documentationURL = documentationURL
        self.failOn = failOn
    }
}

enum TextReporter {
    static func write(_ report: QuotaReport, to output: (String) -> Void) {
        for finding in report.findings { output("\(line(finding))（依据：\(DiagnosticText.escaped(finding.source))）\n") }
        output(summary(report) + "\n")
    }

    /// `file:line:col: error: [RULE] message`, always one line: the file name and the message go
    /// through `DiagnosticText` like every value banhui prints.
    static func line(_ finding: Finding) -> String {
        "\(finding.location): \(finding.severity.rawValue): [\(finding.rule)] \(DiagnosticText.escaped(finding.message))"
    }

    static func summary(_ report: QuotaReport) -> String {
        var text = "检查会议 \(report.meetings.count) 个、登记表 \(report.registers.count) 个：错误 \(report.count(.error))，警告 \(report.count(.warning))，提示 \(report.count(.info))"
        let broken = Set(report.inputErrors.map(\.location.file)).count
        if broken > 0 { text += "；\(broken) 个文件有输入错误，未通过检查" }
        return text
    }
}

enum JSONReporter {
    /// The report, its findings and meetings made one at a time as they are written.
    static func value(_ report: QuotaReport) -> JSONValue {
        let findings: JSONValue = .items(count: report.findings.count) { index in
            let finding = report.findings[index]
            return .sorted([
                "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue), "meeting": .optional(finding.meeting),
                "file": .string(finding.location.file), "line": .optional(finding.location.line), "column": .optional(finding.location.column),
                "message": .string(finding.message), "limit": .optional(finding.limit), "actual": .optional(finding.actual),
                "source": .string(finding.source),
            ])
        }
        let inputErrors: [JSONValue] = report.inputErrors.map { diagnostic in
            .sorted([
                "code": .string(diagnostic.code.id), "file": .string(diagnostic.location.file), "line": .optional(diagnostic.location.line),
                "column": .optional(diagnostic.location.column), "message": .string(diagnostic.message),
            ])
        }
        let figures: JSONValue = .items(count: report.figures.count) { index in
            let figures = report.figures[index]
            return .sorted([
                "meeting": .string(figures.meeting), "file": .string(figures.file), "delegates": .number(Double(figures.delegates)),
                "staff": .number(Double(figures.staff)), "person_nights": .optional(figures.personNights),
                "person_meals": .optional(figures.personMeals),
                "fee_estimate": figures.estimate.map(feeEstimate) ?? .null,
            ])
        }
        return JSONValue.sorted([
            "version": .number(1), "policy": .string(report.policy), "meetings": figures,
            "summary": .sorted(["meetings": .number(Double(report.meetings.count)), "errors": .number(Double(report.count(.error))),
                                "warnings": .number(Double(report.count(.warning))), "infos": .number(Double(report.count(.info))),
                                "input_errors": .number(Double(report.inputErrors.count))]),
            "findings": findings, "input_errors": .array(inputErrors),
        ])
    }
}

extension JSONReporter {
    /// `{"category": 3, "basis": "logistics", "items": [{"item": "lodging", "rate": 340, "quantity": 555, "unit": "人晚", "amount": 188700, "planned": 166500}, …], "total": …, "planned_total": …}`
    static func feeEstimate(_ estimate: MeetingFeeEstimate) -> JSONValue {
        let items: [JSONValue] = estimate.items.map { item in
            .sorted([
                "item": .string(item.key), "rate": .number(item.rate), "quantity": .number((item.quantity * 100).rounded() / 100),
                "unit": .string(item.unit), "amount": .number(item.amount), "planned": .optional(item.plannedAmount),
            ])
        }
        return .sorted([
            "category": .number(Double(estimate.category)), "basis": .string(estimate.fromLogistics ? "logistics" : "attendance"),
            "items": .array(items), "total": .number(estimate.total), "planned_total": .optional(estimate.plannedTotal),
        ])
    }
}

/// SARIF 2.1.0 as GitHub code scanning reads it: paths relative to `SRCROOT` (the base folder,
/// given as a `file://` URI), percent-encoded; columns counted in Unicode code points, as the
/// YAML reader counts them; input errors are results of their diagnostic code's own rule.
enum SARIFReporter {
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let baseID = "SRCROOT"

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters and `/`, byte by byte in UTF-8.
    static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }

    /// `file:///abs/folder/` for an absolute folder.
    static func fileURI(directory: String) -> String {
        let path = directory.hasSuffix("/") ? directory : directory + "/"
        return "file://" + percentEncoded(path)
    }

    /// A path relative to the base (with `uriBaseId`), or an absolute `file://` URI for a file
    /// outside it.
    static func artifactLocation(_ file: String, base: String) -> JSONValue {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        var relative = file
        if file.hasPrefix("/") {
            guard file.hasPrefix(prefix) else { return .sorted(["uri": .string("file://" + percentEncoded(file))]) }
            relative = String(file.dropFirst(prefix.count))
        }
        while relative.hasPrefix("./") { relative = String(relative.dropFirst(2)) }
        return .sorted(["uri": .string(percentEncoded(relative)), "uriBaseId": .string(baseID)])
    }

    static func location(_ location: SourceLocation, base: String) -> JSONValue {
        var physical: [String: JSONValue] = ["artifactLocation": artifactLocation(location.file, base: base)]
        if let line = location.line {
            physical["region"] = .sorted(["startLine": .number(Double(line)), "startColumn": .number(Double(location.column ?? 1))])
        }
        return .sorted(["physicalLocation": .sorted(physical)])
    }

    /// The log, its results made one at a time as they are written.
    static func value(_ report: QuotaReport, settings: ReportSettings) -> JSONValue {
        let docs = settings.documentationURL
        let rules = report.rules.sorted { $0.rule.id < $1.rule.id }
        var ruleMetadata: [JSONValue] = rules.map { active in
            let description = active.rule.description
            return .sorted([
                "id": .string(description.id), "name": .string(description.id),
                "shortDescription": .sorted(["text": .string(description.meaning)]),
                "help": .sorted(["text": .string("\(description.meaning)。依据：\(active.source)。参数：\(RuleReference.parameterText(active))")]),
                "helpUri": .string("\(docs)quota-rules.md#\(description.id.lowercased())"),
                "defaultConfiguration": .sorted(["level": .string(level(active.severity))]),
                "properties": .sorted(["profile": .string(description.profile), "source": .string(active.source),
                                       "reads": .string(description.reads)]),
            ])
        }
        // Input errors: one rule per diagnostic code that occurred, after the quota rules.
        let codes = Set(report.inputErrors.map(\.code)).sorted { $0.id < $1.id }
        ruleMetadata += codes.map { code in
            .sorted([
                "id": .string(code.id), "name": .string(code.id),
                "shortDescription": .sorted(["text": .string(code.meaning)]),
                "help": .sorted(["text": .string("输入错误（\(code.meaning)），该文件未通过检查。例：\(code.example)")]),
                "helpUri": .string("\(docs)diagnostics.md"),
                "defaultConfiguration": .sorted(["level": .string("error")]),
            ])
        }
        let ids = rules.map(\.rule.id) + codes.map(\.id)
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        @Sendable func result(rule: String, level: String, message: String, at place: SourceLocation) -> JSONValue {
            var result: [String: JSONValue] = [
                "ruleId": .string(rule), "level": .string(level),
                "message": .sorted(["text": .string(message)]), "locations": .array([location(place, base: settings.baseDirectory)]),
            ]
            if let ruleIndex = index[rule] { result["ruleIndex"] = .number(Double(ruleIndex)) }
            return .sorted(result)
        }
        let findingCount = report.findings.count
        let results: JSONValue = .items(count: findingCount + report.inputErrors.count) { number in
            if number < findingCount {
                let finding = report.findings[number]
                return result(rule: finding.rule, level: level(finding.severity), message: finding.message, at: finding.location)
            }
            let diagnostic = report.inputErrors[number - findingCount]
            return result(rule: diagnostic.code.id, level: "error", message: diagnostic.message, at: diagnostic.location)
        }
        let driver: JSONValue = .sorted([
            "name": .string("banhui"), "fullName": .string("banhui quota"), "version": .string(settings.toolVersion),
            "semanticVersion": .string(settings.toolVersion), "informationUri": .string("\(docs)quota-rules.md"),
            "rules": .array(ruleMetadata),
        ])
        let run: JSONValue = .sorted([
            "tool": .sorted(["driver": driver]),
            "originalUriBaseIds": .sorted([baseID: .sorted(["uri": .string(fileURI(directory: settings.baseDirectory))])]),
            "columnKind": .string("unicodeCodePoints"),
            "results": results,
        ])
        return JSONValue.sorted(["$schema": .string(schema), "version": .string("2.1.0"), "runs": .array([run])])
    }
}

/// One test case per meeting × rule that looks at meetings (and per register × register rule).
/// Findings at or above the fail level are failures; lower ones go to the case's `system-out`,
/// so the suite fails exactly when the run does. A file with input errors is one test case with
/// an `error` (junit-10: `errors` counts them).
enum JUnitReporter {
    static func write(_ report: QuotaReport, failOn: Severity, to output: (String) -> Void) throws {
        let bytes = try document(report, failOn: failOn)
        // Pieces of about 64 KB, each ending before a UTF-8 continuation byte (whole characters).
        var start = 0
        while start < bytes.count {
            var end = min(start + 1 << 16, bytes.count)
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
            output(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
    }

    private static func document(_ report: QuotaReport, failOn: Severity) throws -> [UInt8] {
        struct Case { let classname: String, name: String, findings: [String], reported: [String], errors: [String] }
        var cases: [Case] = []
        func add(_ classname: String, _ name: String, _ findings: [Finding]) {
            cases.append(Case(classname: classname, name: name, findings: findings.filter { $0.severity >= failOn }.map(line),
                              reported: findings.filter { $0.severity < failOn }.map(line), errors: []))
        }
        // Each rule's findings by file (register rules) and by meeting, grouped once: looking them
        // up per case instead of filtering all findings per case keeps 100,000 plans linear.
        struct Key: Hashable { let rule: String, file: String?, meeting: String? }
        let byFile = Dictionary(grouping: report.findings) { Key(rule: $0.rule, file: $0.location.file, meeting: nil) }
        let byMeeting = Dictionary(grouping: report.findings.filter { $0.meeting != nil }) { Key(rule: $0.rule, file: nil, meeting: $0.meeting) }
        // One classname string a meeting, shared by its cases (one a rule).
        let classnames = report.meetings.map { "\($0.file) (\($0.id))" }
        for active in report.rules {
            if case .register = active.rule.scope {
                for file in report.registers {
                    add(file, active.rule.id, byFile[Key(rule: active.rule.id, file: file, meeting: nil)] ?? [])
                }
            } else {
                for (meeting, classname) in zip(report.meetings, classnames) {
                    add(classname, active.rule.id, byMeeting[Key(rule: active.rule.id, file: nil, meeting: meeting.id)] ?? [])
                }
            }
        }
        for (file, diagnostics) in Dictionary(grouping: report.inputErrors, by: \.location.file) {
            cases.append(Case(classname: file, name: "读取", findings: [], reported: [], errors: diagnostics.map(\.description)))
        }
        cases.sort { ($0.classname, $0.name) < ($1.classname, $1.name) }
        let counts = ["tests": String(cases.count), "failures": String(cases.filter { !$0.findings.isEmpty }.count),
                      "errors": String(cases.filter { !$0.errors.isEmpty }.count)]
        let writer = XMLWriter(indent: true)
        try writer.startDocument()
        try writer.element("testsuites", ["name": "banhui quota", "tests": counts["tests"]!, "failures": counts["failures"]!,
                                          "errors": counts["errors"]!]) {
            try writer.element("testsuite", ["name": "quota (\(report.policy))", "tests": counts["tests"]!,
                                             "failures": counts["failures"]!, "errors": counts["errors"]!, "skipped": "0"]) {
                try writer.element("properties") {
                    try writer.element("property", ["name": "policy", "value": report.policy])
                    try writer.element("property", ["name": "fail-on", "value": failOn.rawValue])
                }
                for item in cases {
                    try writer.element("testcase", ["classname": item.classname, "name": item.name]) {
                        if !item.errors.isEmpty {
                            try writer.element("error", ["message": item.errors[0], "type": "input"], text: item.errors.joined(separator: "\n"))
                        }
                        if !item.findings.isEmpty {
                            try writer.element("failure", ["message": item.findings[0], "type": "quota"],
                                               text: item.findings.joined(separator: "\n"))
                        }
                        if !item.reported.isEmpty { try writer.element("system-out", text: item.reported.joined(separator: "\n")) }
                    }
                }
            }
        }
        return try writer.finish()
    }

    static func line(_ finding: Finding) -> String { TextReporter.line(finding) }
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

    /// Values are escaped as everywhere (`DiagnosticText`), then encoded as the workflow command
    /// syntax asks (`%`, CR, LF; `:` and `,` in properties).
    static func command(_ severity: Severity, _ location: SourceLocation, title: String, message: String) -> String {
        let kind = severity == .info ? "notice" : severity.rawValue
        var properties = ["file=\(escapeProperty(location.file))"]
        if let line = location.line { properties += ["line=\(line)", "col=\(location.column ?? 1)"] }
        properties.append("title=\(escapeProperty(title))")
        return "::\(kind) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    static func escapeData(_ text: String) -> String {
        DiagnosticText.escaped(text.replacingOccurrences(of: "%", with: "%25"))
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
