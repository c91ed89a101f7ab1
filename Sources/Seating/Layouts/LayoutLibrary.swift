import MeetingPlan
import PlanReading

/// Named venue layouts as YAML texts: the built-in ones compiled into the program
/// (`LayoutCatalogue.builtIn`, generated from the repository's `layouts/`), or a folder's that
/// the front end read (`BANHUI_LAYOUTS`).
public struct LayoutCatalogue: Sendable {
    /// Where the texts came from, used as the folder of their file names in diagnostics.
    public let origin: String
    /// Layout name → YAML text.
    public let texts: [String: String]

    public init(origin: String, texts: [String: String]) {
        self.origin = origin
        self.texts = texts
    }

    /// The built-in layouts, the same whatever the working directory or the binary's place.
    public static let builtIn = LayoutCatalogue(origin: "layouts", texts: BuiltInLayouts.texts)

    /// The file name a layout's diagnostics point at.
    public func fileName(of name: String) -> String { origin + "/" + name + ".yaml" }
}

/// Finds layouts: a built-in name from the catalogue, or a path relative to the plan.
public struct LayoutLibrary: Sendable {
    public let catalogue: LayoutCatalogue
    public let files: FileReader

    public init(catalogue: LayoutCatalogue, files: FileReader) {
        self.catalogue = catalogue
        self.files = files
    }

    /// Names of the catalogue's layouts, sorted.
    public var names: [String] { catalogue.texts.keys.sorted() }

    /// A reference is a path when it names a YAML file or a folder; otherwise a built-in name.
    public static func isPath(_ reference: String) -> Bool {
        reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.contains("/")
    }

    /// Loads `reference` (from a zone's `layout:` written at `location`, in the plan `planFile`).
    public func load(_ reference: String, planFile: String, at location: SourceLocation, log: DiagnosticLog) -> VenueLayout? {
        if Self.isPath(reference) {
            let path = resolvePath(reference, relativeTo: planFile)
            guard let bytes = try? files.read(path, atMost: PlanLoader.maximumPlanBytes) else {
                log.error(SeatingCodes.unknownLayout, "布局文件“\(quoted: reference)”不存在或无法读取", at: location)
                return nil
            }
            let name = String(path.split(separator: "/").last ?? "").replacingSuffix(".yaml").replacingSuffix(".yml")
            return VenueLayout.read(String(decoding: bytes, as: UTF8.self), name: name, file: path, log: log)
        }
        guard let text = catalogue.texts[reference] else {
            let known = names
            let hint = Suggestion.nearest(to: reference, in: known).map { "，是否为“\($0)”？" }
                ?? (known.isEmpty ? "（布局文件夹 \(catalogue.origin) 中没有布局）" : "；内置布局：\(known.joined(separator: ", "))")
            log.error(SeatingCodes.unknownLayout, "布局“\(quoted: reference)”不存在\(hint)", at: location)
            return nil
        }
        return VenueLayout.read(text, name: reference, file: catalogue.fileName(of: reference), log: log)
    }
}

private extension String {
    func replacingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
