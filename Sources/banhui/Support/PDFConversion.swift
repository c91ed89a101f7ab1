import Foundation

/// PDF through LibreOffice: the front end starts `soffice` (the libraries never start
/// processes) on documents the export has just built.
enum PDFConversion {
    static let installHint = "生成 PDF 需要 LibreOffice：未找到 soffice（apt-get install libreoffice-writer-nogui，或用 BANHUI_SOFFICE 指定 soffice 的路径）"

    /// `BANHUI_SOFFICE`, else `soffice` on the PATH; nil when neither is an executable file.
    static func locateSoffice(environment: [String: String]) -> String? {
        if let configured = environment["BANHUI_SOFFICE"], !configured.isEmpty {
            return FileManager.default.isExecutableFile(atPath: configured) ? configured : nil
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = (String(directory) as NSString).appendingPathComponent("soffice")
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Converts every `.odt` in `folder` to PDF, returning the PDFs by name (`notice.odt` →
    /// `notice.pdf`). A private LibreOffice profile keeps runs independent; the PDFs keep Writer's
    /// blank pages (the page before an even 版记页) and carry the title and the outline as bookmarks.
    static func convertToPDF(folder: String, soffice: String) throws -> [String: [UInt8]] {
        let manager = FileManager.default
        let sources = try manager.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".odt") }.sorted()
        guard !sources.isEmpty else { return [:] }
        let work = manager.temporaryDirectory.appendingPathComponent("banhui-pdf-\(getpid())-\(UUID().uuidString)")
        try manager.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: work) }
        let filter = #"pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"},"ExportBookmarks":{"type":"boolean","value":"true"}}"#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)", "--headless",
                             "--convert-to", filter, "--outdir", work.path] + sources.map { (folder as NSString).appendingPathComponent($0) }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        var pdfs: [String: [UInt8]] = [:]
        for source in sources {
            let name = (source as NSString).deletingPathExtension + ".pdf"
            guard let data = manager.contents(atPath: work.appendingPathComponent(name).path) else {
                throw ConversionError(message: "LibreOffice 未能把 \(source) 转为 PDF（退出码 \(process.terminationStatus)）")
            }
            pdfs[name] = Array(data)
        }
        return pdfs
    }

    struct ConversionError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
