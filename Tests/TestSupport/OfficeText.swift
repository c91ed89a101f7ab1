import Foundation

/// The text of a DOCX or ODT XML part with its markup taken out: a run split by language
/// (Latin letters and digits are runs of their own, marked English) or format reads as one text.
public enum OfficeText {
    public static func flattened(_ xml: String) -> String {
        xml.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression).replacingOccurrences(of: "\u{2060}", with: "")
    }
}
