/// Dates and times as the documents write them (`2026年12月8日9:00`), in values a plan gives in
/// ISO form (`2026-12-08 09:00`, `09:00`): a change sheet quotes the plan's values, and a reader
/// of a 公文 meets one way of writing time.
enum ChineseTimes {
    static func rewritten(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var index = 0
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start >= 0, start + count <= characters.count,
                  characters[start..<start + count].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(characters[start..<start + count]))
        }
        func isDigit(_ position: Int) -> Bool {
            position >= 0 && position < characters.count && characters[position].isASCII && characters[position].isNumber
        }
        while index < characters.count {
            let atWordStart = !isDigit(index - 1)
            if atWordStart, let year = digits(index, 4), index + 10 <= characters.count, characters[index + 4] == "-",
               let month = digits(index + 5, 2), characters[index + 7] == "-", let day = digits(index + 8, 2), !isDigit(index + 10) {
                result += "\(year)年\(month)月\(day)日"
                index += 10
                // `2026-12-08 09:00`: the time follows the date without a space.
                if index + 6 <= characters.count, characters[index] == " " || characters[index] == "T",
                   digits(index + 1, 2) != nil, characters[index + 3] == ":", digits(index + 4, 2) != nil, !isDigit(index + 6) {
                    index += 1
                }
                continue
            }
            if atWordStart, let hour = digits(index, 2), index + 5 <= characters.count, characters[index + 2] == ":",
               let minute = digits(index + 3, 2), !isDigit(index + 5), hour < 24, minute < 60 {
                result += "\(hour):\(minute < 10 ? "0" : "")\(minute)"
                index += 5
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }
}
