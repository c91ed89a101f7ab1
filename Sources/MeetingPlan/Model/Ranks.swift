/// The 职级 table, most senior first; each rank may have aliases.
public struct RankTable: Sendable {
    public struct Rank: Sendable, Hashable {
        public var name: String
        public var aliases: [String]
        public init(name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }
    }

    public let ranks: [Rank]
    private let levels: [String: Int]

    public init(_ ranks: [Rank]) {
        self.ranks = ranks
        var levels: [String: Int] = [:]
        for (level, rank) in ranks.enumerated() {
            for name in [rank.name] + rank.aliases where levels[name] == nil { levels[name] = level }
        }
        self.levels = levels
    }

    /// The level (0 = most senior) of a rank name or alias.
    public func level(of name: String) -> Int? { levels[name] }

    /// The canonical name of a rank name or alias.
    public func canonicalName(of name: String) -> String? { level(of: name).map { ranks[$0].name } }

    public var allNames: [String] { ranks.flatMap { [$0.name] + $0.aliases } }

    /// The default table of plan-format.md.
    public static let standard = RankTable([
        Rank(name: "国家级正职"),
        Rank(name: "国家级副职"),
        Rank(name: "省部级正职", aliases: ["正部级", "正省级", "正部", "正省"]),
        Rank(name: "省部级副职", aliases: ["副部级", "副省级", "副部", "副省"]),
        Rank(name: "厅局级正职", aliases: ["正厅级", "正局级", "正地级", "正厅", "正局"]),
        Rank(name: "厅局级副职", aliases: ["副厅级", "副局级", "副地级", "副厅", "副局"]),
        Rank(name: "县处级正职", aliases: ["正处级", "正县级", "正处", "正县"]),
        Rank(name: "县处级副职", aliases: ["副处级", "副县级", "副处", "副县"]),
        Rank(name: "乡科级正职", aliases: ["正科级", "正乡级", "正科"]),
        Rank(name: "乡科级副职", aliases: ["副科级", "副乡级", "副科"]),
        Rank(name: "科员"),
        Rank(name: "办事员"),
    ])
}
