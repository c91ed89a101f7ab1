import Foundation

/// Programs some tests need from the machine (LibreOffice, poppler-utils): tests that need one
/// are `.enabled(if: Tools.available(…))`, naming the tool, so a machine without it skips them.
public enum Tools {
    /// An executable `name` on the PATH.
    public static func available(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}
