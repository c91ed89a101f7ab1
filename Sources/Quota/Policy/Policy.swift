import MeetingPlan

/// How a policy sets one rule.
public struct RuleSetting: Sendable, Hashable {
    public var enabled: Bool
    public var severity: Severity
    public var source: String
    public var params: [String: ParamValue]

    public init(enabled: Bool = true, severity: Severity, source: String, params: [String: ParamValue]) {
        self.enabled = enabled
        self.severity = severity
        self.source = source
        self.params = params
    }

    public init(defaultsOf description: RuleDescription) {
        self.init(severity: description.severity, source: description.sourceText, params: description.defaultParameters.values)
    }
}

/// A rule as it will run: its settings resolved against the active profiles.
public struct ActiveRule: Sendable {
    public let rule: Rule
    public let severity: Severity
    public let source: String
    public let parameters: Parameters
}

/// Which profiles are active and how each rule is set. Rules a policy file leaves out keep their
/// built-in settings.
public struct Policy: Sendable {
    public var id: String
    public var profiles: [String]
    public var settings: [String: RuleSetting]

    public init(id: String, profiles: [String], settings: [String: RuleSetting]) {
        self.id = id
        self.profiles = profiles
        self.settings = settings
    }

    public static let builtIn = Policy(
        id: "default", profiles: Profile.defaultActive,
        settings: Dictionary(uniqueKeysWithValues: RuleCatalogue.all.map { ($0.id, RuleSetting(defaultsOf: $0.description)) }))

    public func setting(for rule: Rule) -> RuleSetting { settings[rule.id] ?? RuleSetting(defaultsOf: rule.description) }

    /// The rules that run with `extraProfiles` switched on as well: a rule runs when it is enabled
    /// and its own profile, or a profile that tightens it, is active.
    public func activeRules(adding extraProfiles: [String] = []) -> [ActiveRule] {
        let active = Profile.catalogue.filter { profiles.contains($0.name) || extraProfiles.contains($0.name) }
        return RuleCatalogue.all.compactMap { rule in
            let setting = setting(for: rule)
            let tightening = active.compactMap { $0.tightens[rule.id] }
            guard setting.enabled, active.contains(where: { $0.name == rule.description.profile }) || !tightening.isEmpty else { return nil }
            var values = setting.params
            for change in tightening {
                for (name, value) in change { values[name] = (values[name] ?? .null).tightened(by: value) }
            }
            return ActiveRule(rule: rule, severity: setting.severity, source: setting.source, parameters: Parameters(values))
        }
    }
}
