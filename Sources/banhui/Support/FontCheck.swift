import Documents
import Foundation

/// Which face LibreOffice will get from fontconfig for each GB/T 9704 style of the documents,
/// asked of `fc-match` before converting, so that a PDF set in a fallback face is never silent.
enum FontCheck {
    /// `fc-match` may build its cache on a first run; it gets this long per style.
    static let timeout = 20.0
    static let installHint = "安装 GB/T 9704 字体：在 banhui 源代码中以 root 运行 scripts/install-fonts.sh（Fandol 字体及 fontconfig 别名）"

    /// A style, the face the documents name for it, and words that a face serving it has in its
    /// family name (the Fandol faces the set-up script installs, the Windows and Founder faces).
    struct Style {
        let role: String
        let face: FontFace
        let families: [String]
    }

    static let styles = [
        Style(role: "正文", face: .fangSong, families: ["仿宋", "fangsong", "fandolfang"]),
        Style(role: "标题", face: .xiaoBiaoSong, families: ["小标宋", "xiaobiaosong", "宋", "song"]),
        Style(role: "一级标题", face: .heiTi, families: ["黑体", "simhei", "hei"]),
        Style(role: "二级标题", face: .kaiTi, families: ["楷", "kai"]),
    ]

    /// One message per style whose face falls back to another one; one message when fontconfig
    /// cannot be asked at all.
    static func fallbacks(environment: [String: String]) -> [String] {
        guard let fcMatch = ExternalProcess.locate("fc-match", path: environment["PATH"]) else {
            return ["无法检查 PDF 的字体：未找到 fontconfig 的 fc-match（apt-get install fontconfig）；\(installHint)"]
        }
        return styles.compactMap { style in
            let name = style.face.eastAsian
            guard let bytes = try? ExternalProcess.output(of: fcMatch, ["-f", "%{family}", name], timeout: timeout) else {
                return "无法检查 PDF 的\(style.role)字体\(name)：fc-match 没有在 \(Int(timeout)) 秒内给出结果"
            }
            let resolved = String(decoding: bytes, as: UTF8.self)
            let lowered = resolved.lowercased()
            if style.families.contains(where: { lowered.contains($0) }) { return nil }
            let shown = resolved.split(separator: ",").first.map(String.init) ?? "（无）"
            return "本机没有\(style.role)字体\(name)，PDF 将以 \(shown) 代替；\(installHint)"
        }
    }
}
