import MeetingPlan

/// The notice-body length that DOC-LENGTH checks. For now it counts the Han characters of the
/// notice's own texts; at merge it becomes `Documents.NoticeContent(plan:).chineseCharacterCount`.
enum NoticeMeasure {
    static func chineseCharacters(_ plan: Plan) -> Int {
        guard let notice = plan.notice else { return 0 }
        let texts = [notice.purpose, notice.attendees].compactMap { $0 } + notice.requirements + plan.agenda.map(\.item)
        return texts.reduce(0) { $0 + hanCount($1) }
    }

    /// CJK unified ideographs (basic block, extensions A–F) and compatibility ideographs.
    static func hanCount(_ text: String) -> Int {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2EBEF: return true
            default: return false
            }
        }.count
    }
}
