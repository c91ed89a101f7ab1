import Documents
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

    /// The PDF of each ODT document (`notice.odt` → `notice.pdf`), in name order. The documents
    /// are written into one private work folder with a private LibreOffice profile, so runs stay
    /// independent; the PDFs keep Writer's blank pages (the page before an even 版记页) and carry
    /// the title and the outline as bookmarks.
    static func convertToPDF(_ documents: [ExportFile], soffice: String) throws -> [ExportFile] {
        let sources = documents.filter { $0.name.hasSuffix(".odt") }.sorted { $0.name < $1.name }
        guard !sources.isEmpty else { return [] }
        let manager = FileManager.default
        let work = manager.temporaryDirectory.appendingPathComponent("banhui-pdf-\(getpid())-\(UUID().uuidString)")
        let input = work.appendingPathComponent("in"), output = work.appendingPathComponent("out")
        try manager.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: work) }
        for source in sources { try Data(source.bytes).write(to: input.appendingPathComponent(source.name)) }
        let filter = #"pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"},"ExportBookmarks":{"type":"boolean","value":"true"}}"#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)", "--headless",
                             "--convert-to", filter, "--outdir", output.path] + sources.map { input.appendingPathComponent($0.name).path }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return try sources.map { source in
            let name = (source.name as NSString).deletingPathExtension + ".pdf"
            guard let data = manager.contents(atPath: output.appendingPathComponent(name).path) else {
                throw ConversionError(message: "LibreOffice 未能把 \(source.name) 转为 PDF（退出码 \(process.terminationStatus)）")
            }
            return ExportFile(name: name, bytes: Array(data))
        }
    }

    struct ConversionError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
