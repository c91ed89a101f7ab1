import Documents
import Foundation

/// Where `banhui validate` finds the official schemas: `BANHUI_SCHEMAS`, else `schemas/` in the
/// repository the binary was built in (any ancestor of the executable's folder), else
/// `share/banhui/schemas` under the prefix of an installed copy (`/usr/local/bin/banhui` →
/// `/usr/local/share/banhui/schemas`).
enum SchemaLocation {
    static func directory() throws -> String {
        if let configured = ProcessInfo.processInfo.environment["BANHUI_SCHEMAS"] {
            guard isSchemaFolder(configured) else {
                throw UsageError("BANHUI_SCHEMAS=\(configured) 不是模式文件夹（应含 ooxml/ 与 odf1.3/，见仓库的 schemas/）")
            }
            return configured
        }
        var folder = executable().deletingLastPathComponent()
        while folder.path != "/" {
            for candidate in [folder.appendingPathComponent("schemas"), folder.appendingPathComponent("share/banhui/schemas")]
            where isSchemaFolder(candidate.path) {
                return candidate.path
            }
            folder = folder.deletingLastPathComponent()
        }
        throw UsageError("找不到文档模式文件夹：请把仓库的 schemas/ 安装到 <前缀>/share/banhui/schemas，或设置 BANHUI_SCHEMAS")
    }

    static func isSchemaFolder(_ directory: String) -> Bool {
        OfficeSchemas.required.allSatisfy { FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent($0)) }
    }

    /// The running executable, symbolic links resolved.
    private static func executable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }
}
