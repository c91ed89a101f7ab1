/// Surname facts that name ordering needs (seating.md, "Stroke and pinyin order").
public enum Surnames {
    /// Two-character surnames that count as the surname in 姓氏笔画 order.
    public static let compound: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "东方", "慕容", "夏侯", "皇甫", "尉迟", "公孙", "令狐", "长孙", "宇文",
        "司徒", "司空", "端木", "万俟",
    ]

    /// Readings of surnames that differ from the characters' everyday reading (toneless).
    public static let readings: [String: [String]] = [
        "单": ["shan"], "曾": ["zeng"], "解": ["xie"], "仇": ["qiu"], "区": ["ou"], "朴": ["piao"], "查": ["zha"],
        "盖": ["ge"], "乐": ["yue"], "缪": ["miao"], "覃": ["qin"], "翟": ["zhai"], "尉迟": ["yu", "chi"],
        "万俟": ["mo", "qi"],
    ]

    /// The surname of a name: a compound surname when the name starts with one, else the first character.
    public static func surname(of name: String) -> String {
        let prefix = String(name.prefix(2))
        if name.count > 2 && compound.contains(prefix) { return prefix }
        return String(name.prefix(1))
    }
}
