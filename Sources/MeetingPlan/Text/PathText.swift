/// Path arithmetic on the text of a path, as POSIX `dirname`/`basename` do it. Foundation's
/// `NSString` path methods are not used for output paths: on Linux `deletingLastPathComponent`
/// traps on a one-character relative path (`--out o`, `--out 会`).
public enum PathText {
    /// The folder part and the last component of `path`, trailing slashes ignored:
    /// `a/b/c` → (`a/b`, `c`), `o` → (`.`, `o`), `/o` → (`/`, `o`), `./o/` → (`.`, `o`), `/` → (`/`, `/`).
    public static func split(_ path: String) -> (parent: String, name: String) {
        var text = Substring(path)
        while text.count > 1 && text.hasSuffix("/") { text = text.dropLast() }
        if text == "/" { return ("/", "/") }
        guard let slash = text.lastIndex(of: "/") else { return (".", String(text)) }
        var parent = text[..<slash]
        while parent.count > 1 && parent.hasSuffix("/") { parent = parent.dropLast() }
        return (parent.isEmpty ? "/" : String(parent), String(text[text.index(after: slash)...]))
    }

    /// `name` inside `folder`: `a` + `b` → `a/b`, `a/` + `b` → `a/b`, `.`-less (`""` + `b` → `b`).
    public static func joined(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
