/// The folder and file names a plan gives its export (plan-format.md, "Identifiers, file names and
/// limits"). The loader checks them and the export uses them, so `check` and `export` agree.
public enum ExportNames {
    /// The longest file name the common file systems accept (ext4, APFS, NTFS), in UTF-8 bytes.
    public static let maximumFileNameBytes = 255
    public static let maximumMeetingIDBytes = 64

    /// Whether `id` can name the export folder as one path segment: letters (Han included), digits,
    /// `-`, `_` and `.`, not starting with `.`, at most 64 bytes.
    public static func isSafeMeetingID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && id.utf8.count <= maximumMeetingIDBytes && id.unicodeScalars.allSatisfy(isIDScalar)
    }

    /// The id of a plan that does not set `meeting.id`: its file name without `.yaml`, each character
    /// an id may not hold replaced by `_`, leading dots dropped and cut to 64 bytes, so that a
    /// plan file's name alone never leads an export outside `exports/`.
    public static func meetingID(fromPlanFile path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        var id = String.UnicodeScalarView()
        for scalar in name.unicodeScalars.drop(while: { $0 == "." }) {
            let safe = isIDScalar(scalar) ? scalar : "_"
            guard String(id).utf8.count + String(safe).utf8.count <= maximumMeetingIDBytes else { break }
            id.append(safe)
        }
        return id.isEmpty ? "meeting" : String(id)
    }

    /// `seating-<zone>.svg`, or `seating-<slot id>-<zone>.svg` for a zone of a session (a slot's
    /// `zones:`), with path separators and control characters in the zone name as `_`.
    public static func seatingChart(zone: String, session: String? = nil) -> String {
        if let session { return seatingChart(zone: "\(session)-\(zone)") }
        let part = zone.unicodeScalars.map { scalar -> Unicode.Scalar in
            scalar == "/" || scalar == "\\" || scalar.properties.generalCategory == .control ? "_" : scalar
        }
        return "seating-" + String(String.UnicodeScalarView(part)) + ".svg"
    }

    /// Two file names that one file system may take for the same file: equal up to letter case
    /// (APFS, NTFS) and Unicode normalisation (Swift compares strings canonically).
    public static func collisionKey(_ fileName: String) -> String {
        fileName.lowercased()
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: return true
        default: return scalar == "-" || scalar == "_" || scalar == "."
        }
    }
}
