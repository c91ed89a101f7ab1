/// A group of rules switched on together. Optional (local) profiles also tighten the parameters of
/// rules; their numbers come from reference part B6.
public struct Profile: Sendable {
    public let name: String
    public let title: String
    /// Parameter values by rule id; each is combined with the policy's value keeping the stricter.
    public let tightens: [String: [String: ParamValue]]

    public init(_ name: String, _ title: String, tightens: [String: [String: ParamValue]] = [:]) {
        self.name = name
        self.title = title
        self.tightens = tightens
    }

    public static let defaultActive = ["national-2024", "meeting-fee-central-2016"]

    public static let catalogue: [Profile] = [
        Profile("national-2024", "整治形式主义为基层减负若干规定（2024年）"),
        Profile("meeting-fee-central-2016", "中央和国家机关会议费管理办法（财行〔2016〕214号）"),
        Profile("central-2007", "国务院办公厅精简会议文件的意见（2007年）：发言不超过8分钟",
                tightens: ["MTG-SPEECH-OTHER": ["max_minutes": .number(8)]]),
        Profile("hebei-2019", "河北（2019年）：单项工作会议半天，电视电话会议不超过90分钟",
                tightens: ["MTG-DUR-OTHER": ["max_sessions": .number(1)], "MTG-VIDEO-DURATION": ["max_minutes": .number(90)]]),
        Profile("anhui-2019", "安徽（2019年）：会议压减10%，电视电话会议不超过90分钟，发言不超过8分钟",
                tightens: ["MTG-COUNT-NONINCREASE": ["max_ratio_vs_prev": .number(0.9)], "MTG-VIDEO-DURATION": ["max_minutes": .number(90)],
                           "MTG-SPEECH-PRINCIPAL": ["max_minutes": .number(60)], "MTG-SPEECH-OTHER": ["max_minutes": .number(8)]]),
        Profile("jilin-2019", "吉林（2019年）：每周三无会日、每月第一周无会周，会议一般不超过90分钟，会议压减30%",
                tightens: ["MTG-NO-MEETING-DAYS": ["weekdays": .list([.text("WED")]), "weeks_of_month": .list([.number(1)])],
                           "MTG-MAX-MINUTES": ["max_minutes": .number(90)], "MTG-COUNT-NONINCREASE": ["max_ratio_vs_prev": .number(0.7)]]),
        Profile("shandong-2019", "山东（2019年）：会议、发文压减三分之一，文件不超过3000字",
                tightens: ["MTG-COUNT-NONINCREASE": ["max_ratio_vs_prev": .number(0.667)],
                           "DOC-ANNUAL-NONINCREASE": ["max_ratio_vs_prev": .number(0.667)],
                           "DOC-LENGTH": ["max_chars": .table(["general": .number(3000), "special": .number(3000)])]]),
        Profile("guangzhou-2014", "广州（2014年）：会议不超过300人",
                tightens: ["MTG-ATT-CAP-ALL": ["max_total_by_organizer_kind": .table(["all": .number(300)])]]),
        Profile("henan", "河南：会议费一类600、二类550、研讨会400元；会议不超过200人，工作人员不超过10%",
                tightens: ["MTG-COST-CAP": ["max_total": .table(["1": .number(600), "2": .number(550), "4": .number(400)])],
                           "MTG-ATT-CAP-ALL": ["max_total_by_organizer_kind": .table(["all": .number(200)])],
                           "MTG-STAFF-RATIO": ["max_staff_share_of_delegates": .table(["all": .number(0.10)])]]),
        Profile("fujian-2016", "福建省直（2016年）：会议费二类500、三类400、四类350元（替换中央标准）",
                tightens: ["MTG-COST-CAP": ["max_total": .table(["2": .number(500), "3": .number(400), "4": .number(350)])]]),
        Profile("gaotai-2019", "高台县（2019年）：县级会议不超过150人（部门80人），主讲话不超过40分钟，其他讲话不超过30分钟，每月第四周无会周",
                tightens: ["MTG-ATT-CAP-ALL": ["max_total_by_organizer_kind": .table(["party_committee": .number(150), "government": .number(150), "department": .number(80)])],
                           "MTG-SPEECH-PRINCIPAL": ["max_minutes": .number(40)], "MTG-SPEECH-OTHER": ["max_minutes": .number(30)],
                           "MTG-NO-MEETING-DAYS": ["weeks_of_month": .list([.number(4)])]]),
    ]

    public static func named(_ name: String) -> Profile? { catalogue.first { $0.name == name } }
    public static var names: [String] { catalogue.map(\.name) }
}
